namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>One run's hold on a service's record; disposing it lets the next run in.</summary>
public interface IRolloutLease : IAsyncDisposable
{
    /// <summary>What was recorded when the lease was taken: null when the service never had a rollout.</summary>
    RolloutState? Recorded { get; }

    Task SaveAsync(RolloutState state, CancellationToken cancellationToken);
}
