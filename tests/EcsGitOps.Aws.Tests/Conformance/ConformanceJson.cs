using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.Tests.Conformance;

[JsonSerializable(typeof(JsonNode))]
sealed partial class ConformanceJson : JsonSerializerContext;
