using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Deployments;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(DeploymentRecord))]
internal sealed partial class DeploymentJsonContext : JsonSerializerContext;
