using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>
/// Hands the rollout loop the hold on the service's record that the strategy took before it created anything, so no
/// other run can slip in between creating the task set and shifting traffic to it.
/// </summary>
internal sealed class HeldLeaseStore(IRolloutLease lease) : IRolloutStateStore
{
    public RolloutState? Recorded => lease.Recorded;

    public Task<IRolloutLease> OpenAsync(string service, CancellationToken cancellationToken) =>
        Task.FromResult<IRolloutLease>(new Borrowed(lease));

    // The strategy releases the hold when the whole deployment is over, not when the loop is.
    private sealed class Borrowed(IRolloutLease lease) : IRolloutLease
    {
        public RolloutState? Recorded => lease.Recorded;

        public Task SaveAsync(RolloutState state, CancellationToken cancellationToken) => lease.SaveAsync(state, cancellationToken);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
