using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>How a deployment ended. Only <see cref="Succeeded"/> is green: a rolled-back deployment is a failure.</summary>
public enum DeploymentStatus
{
    [JsonStringEnumMemberName("succeeded")] Succeeded,
    [JsonStringEnumMemberName("failed")] Failed,
    [JsonStringEnumMemberName("rolledBack")] RolledBack,
}
