namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>Where rollouts are recorded (artifacts/ on disk, or a tag on the AWS resource).</summary>
public interface IRolloutStateStore
{
    /// <summary>Claims the service's record for this run.</summary>
    /// <exception cref="RolloutInProgressException">Another running process holds it.</exception>
    Task<IRolloutLease> OpenAsync(string service, CancellationToken cancellationToken);
}
