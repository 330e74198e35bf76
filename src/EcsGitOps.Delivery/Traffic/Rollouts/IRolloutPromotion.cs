using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>What the deployment does once all traffic is on the new colour and passed analysis (e.g. make the green
/// task set primary). It may run again when a rollout is resumed, so it must be safe to repeat.</summary>
public interface IRolloutPromotion
{
    Task PromoteAsync(RolloutState state, CancellationToken cancellationToken);
}
