namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>Where rollouts are recorded (artifacts/ on disk, or a tag on the AWS resource).</summary>
public interface IRolloutStateStore
{
    /// <summary>Claims the service's record for this run.</summary>
    /// <exception cref="RolloutInProgressException">Another running process holds it.</exception>
    Task<IRolloutLease> OpenAsync(string service, CancellationToken cancellationToken);

    /// <summary>What is recorded for the service, read under a lease that is let go at once.</summary>
    /// <exception cref="RolloutInProgressException">Another running process holds it.</exception>
    async Task<RolloutState?> ReadRecordedAsync(string service, CancellationToken cancellationToken)
    {
        var lease = await OpenAsync(service, cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
            return lease.Recorded;
    }
}
