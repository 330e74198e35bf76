using System.Text.Json.Serialization;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>What is recorded about a service's rollout, so an interrupted run can be continued or undone.</summary>
/// <param name="StepIndex">The step whose weights were last set, or are about to be.</param>
/// <param name="Weights">The weights of that step: what the route carries, or is about to.</param>
public sealed record RolloutState(
    string Service,
    string DeploymentId,
    string Owner,
    ColourShift Colours,
    IReadOnlyList<int> Steps,
    RolloutPhase Phase,
    int StepIndex,
    TrafficWeights Weights,
    int FailedChecks,
    DateTimeOffset StartedAt,
    DateTimeOffset UpdatedAt,
    string? Reason = null)
{
    /// <summary>True until the rollout succeeded, rolled back, or failed without moving traffic.</summary>
    [JsonIgnore]
    public bool IsActive => Phase is not (RolloutPhase.Succeeded or RolloutPhase.RolledBack or RolloutPhase.Failed);

    /// <summary>For messages: "step 3/10 (blue 70% / green 30%)".</summary>
    [JsonIgnore]
    public string Position => $"step {StepIndex + 1}/{Steps.Count} ({Weights})";
}
