using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>How a rollout ended; only <see cref="RolloutPhase.Succeeded"/> is a success.</summary>
public sealed record RolloutResult(RolloutPhase Phase, TrafficWeights Weights, string Reason, int FailedChecks)
{
    public bool Succeeded => Phase == RolloutPhase.Succeeded;

    public DeploymentOutcome ToOutcome() => Phase switch
    {
        RolloutPhase.Succeeded => DeploymentOutcome.Succeeded(Reason),
        RolloutPhase.RolledBack => DeploymentOutcome.RolledBack(Reason),
        _ => DeploymentOutcome.Failed(Reason),
    };
}
