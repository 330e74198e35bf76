using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>What a strategy that the platform drives reports while following it (status, current hook, weights).</summary>
/// <param name="Status">The platform's words, e.g. "InProgress", "BakeTime", "SUCCESSFUL".</param>
/// <param name="Weights">The traffic split when the platform reports it; each new split is a step of the record.</param>
public sealed record DeploymentProgressed(DateTimeOffset At, string Status, string? Detail, TrafficWeights? Weights)
    : RolloutEvent(At);
