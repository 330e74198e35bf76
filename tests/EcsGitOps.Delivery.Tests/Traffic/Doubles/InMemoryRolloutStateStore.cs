using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Traffic.Doubles;

/// <summary>Records in a dictionary; every save is kept so tests can read the rollout's history.</summary>
internal sealed class InMemoryRolloutStateStore : IRolloutStateStore
{
    private readonly Dictionary<string, RolloutState> _records = [];
    private readonly List<RolloutState> _saves = [];

    public IReadOnlyList<RolloutState> Saves => _saves;

    public RolloutState? this[string service] => _records.GetValueOrDefault(service);

    public void Seed(RolloutState state) => _records[state.Service] = state;

    public Task<IRolloutLease> OpenAsync(string service, CancellationToken cancellationToken) =>
        Task.FromResult<IRolloutLease>(new Lease(this, _records.GetValueOrDefault(service)));

    private sealed class Lease(InMemoryRolloutStateStore store, RolloutState? recorded) : IRolloutLease
    {
        public RolloutState? Recorded => recorded;

        public Task SaveAsync(RolloutState state, CancellationToken cancellationToken)
        {
            store._records[state.Service] = state;
            store._saves.Add(state);
            return Task.CompletedTask;
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
