using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Traffic.State;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    WriteIndented = true)]
[JsonSerializable(typeof(RolloutState))]
internal sealed partial class RolloutStateJsonContext : JsonSerializerContext;
