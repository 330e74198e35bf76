namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>A run's claim on a service's rollout tags: it keeps the heartbeat fresh until disposed, then lets go.</summary>
internal sealed class EcsServiceTagLease : IRolloutLease
{
    private readonly ServiceTags _tags;
    private readonly string _service;
    private readonly string _token;
    private readonly TimeProvider _time;
    private readonly ITimer _heartbeat;
    private readonly Lock _gate = new();
    private Task _beating = Task.CompletedTask;
    private int _queued;

    public EcsServiceTagLease(
        ServiceTags tags, string service, string token, RolloutState? recorded, TimeProvider time, EcsServiceTagStoreOptions options)
    {
        (_tags, _service, _token, _time, Recorded) = (tags, service, token, time, recorded);
        _heartbeat = time.CreateTimer(_ => Beat(), null, options.HeartbeatInterval, options.HeartbeatInterval);
    }

    public RolloutState? Recorded { get; }

    public async Task SaveAsync(RolloutState state, CancellationToken cancellationToken)
    {
        var current = await _tags.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (current.GetValueOrDefault(RolloutStateTags.Run) != _token)
            throw new InvalidOperationException(
                $"Another run took over the rollout of {_service} (this run's heartbeat went stale); this run no longer changes it.");
        await _tags.WriteAsync([.. RolloutStateTags.Encode(state), HeartbeatNow()], cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _heartbeat.DisposeAsync().ConfigureAwait(false);
        Task beating;
        lock (_gate)
            beating = _beating;
        await beating.ConfigureAwait(false);
        try
        {
            var current = await _tags.ReadAsync(CancellationToken.None).ConfigureAwait(false);
            if (current.GetValueOrDefault(RolloutStateTags.Run) == _token)
                await _tags.WriteAsync([new(RolloutStateTags.Run, ""), new(RolloutStateTags.Heartbeat, "")], CancellationToken.None)
                    .ConfigureAwait(false);
        }
        catch (Exception)
        {
            // Not letting go only delays the next run: the claim goes stale on its own.
        }
    }

    private void Beat()
    {
        // A beat already waiting behind the one in flight will write the latest time; one is enough.
        if (Interlocked.Exchange(ref _queued, 1) == 1)
            return;
        lock (_gate)
            _beating = BeatAfterAsync(_beating);
    }

    private async Task BeatAfterAsync(Task previous)
    {
        await previous.ConfigureAwait(false);
        Interlocked.Exchange(ref _queued, 0);
        try
        {
            await _tags.WriteAsync([HeartbeatNow()], CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // A missed heartbeat is made up by the next one or the next save; only a long silence lets another run in.
        }
    }

    private KeyValuePair<string, string> HeartbeatNow() => new(RolloutStateTags.Heartbeat, RolloutStateTags.Time(_time.GetUtcNow()));
}
