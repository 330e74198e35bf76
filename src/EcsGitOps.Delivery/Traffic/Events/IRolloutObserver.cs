namespace EcsGitOps.Delivery.Traffic.Events;

/// <summary>Sees every event of a rollout, in order, one at a time.</summary>
public interface IRolloutObserver
{
    void OnEvent(RolloutEvent rolloutEvent);
}
