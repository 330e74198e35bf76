using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.Sts;

[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(GetCallerIdentityRequest))]
[JsonSerializable(typeof(GetCallerIdentityResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class StsJsonContext : JsonSerializerContext;
