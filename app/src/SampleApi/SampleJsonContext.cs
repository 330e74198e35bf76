using System.Text.Json;
using System.Text.Json.Serialization;

namespace SampleApi;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(VersionInfo))]
public sealed partial class SampleJsonContext : JsonSerializerContext;
