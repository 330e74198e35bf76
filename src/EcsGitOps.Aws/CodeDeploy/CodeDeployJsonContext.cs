using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.CodeDeploy;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.AllowReadingFromString,
    Converters = [typeof(AwsTimestampConverter)])]
[JsonSerializable(typeof(CreateDeploymentRequest))]
[JsonSerializable(typeof(GetDeploymentRequest))]
[JsonSerializable(typeof(StopDeploymentRequest))]
[JsonSerializable(typeof(ContinueDeploymentRequest))]
[JsonSerializable(typeof(ListDeploymentTargetsRequest))]
[JsonSerializable(typeof(GetDeploymentTargetRequest))]
[JsonSerializable(typeof(GetDeploymentGroupRequest))]
[JsonSerializable(typeof(CreateDeploymentResponse))]
[JsonSerializable(typeof(GetDeploymentResponse))]
[JsonSerializable(typeof(StopDeploymentResponse))]
[JsonSerializable(typeof(ListDeploymentTargetsResponse))]
[JsonSerializable(typeof(GetDeploymentTargetResponse))]
[JsonSerializable(typeof(GetDeploymentGroupResponse))]
[JsonSerializable(typeof(JsonElement))]
internal sealed partial class CodeDeployJsonContext : JsonSerializerContext;
