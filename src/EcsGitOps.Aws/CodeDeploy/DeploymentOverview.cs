using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.CodeDeploy;

public sealed record DeploymentOverview
{
    [JsonPropertyName("Pending")]
    public long? Pending { get; init; }

    [JsonPropertyName("InProgress")]
    public long? InProgress { get; init; }

    [JsonPropertyName("Succeeded")]
    public long? Succeeded { get; init; }

    [JsonPropertyName("Failed")]
    public long? Failed { get; init; }

    [JsonPropertyName("Skipped")]
    public long? Skipped { get; init; }

    [JsonPropertyName("Ready")]
    public long? Ready { get; init; }
}
