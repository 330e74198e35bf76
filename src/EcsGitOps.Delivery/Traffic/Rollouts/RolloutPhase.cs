using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>Where a rollout is: Initializing, Progressing/Analysing per step, then Promoting and Succeeded, or
/// RollingBack and RolledBack. Failed means traffic never moved, or a rollback could not finish.</summary>
public enum RolloutPhase
{
    [JsonStringEnumMemberName("initializing")] Initializing,
    [JsonStringEnumMemberName("progressing")] Progressing,
    [JsonStringEnumMemberName("analysing")] Analysing,
    [JsonStringEnumMemberName("promoting")] Promoting,
    [JsonStringEnumMemberName("succeeded")] Succeeded,
    [JsonStringEnumMemberName("rollingBack")] RollingBack,
    [JsonStringEnumMemberName("rolledBack")] RolledBack,
    [JsonStringEnumMemberName("failed")] Failed,
}
