using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>
/// Records rollouts as tags on the ECS service itself, so that every machine that deploys it (a laptop, CI) sees who
/// is rolling it out and where they stopped. A run claims the service with a token and keeps a heartbeat tag fresh;
/// a claim whose heartbeat is older than <see cref="EcsServiceTagStoreOptions.StaleAfter"/> belongs to a run that
/// was killed. Services are named "cluster/service" or by their ARN.
/// </summary>
public sealed class EcsServiceTagStateStore(EcsClient ecs, TimeProvider time, EcsServiceTagStoreOptions? options = null)
    : IRolloutStateStore
{
    private readonly EcsServiceTagStoreOptions _options = options ?? new EcsServiceTagStoreOptions();

    public async Task<IRolloutLease> OpenAsync(string service, CancellationToken cancellationToken)
    {
        var tags = new ServiceTags(ecs, await ServiceArnAsync(service, cancellationToken).ConfigureAwait(false));
        var found = await tags.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (LastHeartbeat(found) is { } heartbeat && time.GetUtcNow() - heartbeat < _options.StaleAfter)
            throw Held(service, found, heartbeat);

        var token = Guid.NewGuid().ToString("N");
        await tags.WriteAsync(
            [new(RolloutStateTags.Run, token), new(RolloutStateTags.Heartbeat, RolloutStateTags.Time(time.GetUtcNow()))],
            cancellationToken).ConfigureAwait(false);
        if (_options.ClaimSettle > TimeSpan.Zero)
            await Task.Delay(_options.ClaimSettle, time, cancellationToken).ConfigureAwait(false);
        var claimed = await tags.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (claimed.GetValueOrDefault(RolloutStateTags.Run) != token)
            throw Held(service, claimed, LastHeartbeat(claimed));
        return new EcsServiceTagLease(tags, service, token, RolloutStateTags.Decode(service, claimed), time, _options);
    }

    private async Task<string> ServiceArnAsync(string service, CancellationToken cancellationToken)
    {
        if (service.StartsWith("arn:", StringComparison.Ordinal))
            return service;
        var parts = service.Split('/');
        if (parts is not [{ Length: > 0 } cluster, { Length: > 0 } name])
            throw new ArgumentException(
                $"Service '{service}' must be named as cluster/service, or by its ARN, to record its rollout in its tags.");
        try
        {
            var described = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = cluster, Services = [name] },
                cancellationToken).ConfigureAwait(false);
            return described.Services?.FirstOrDefault(s => s.Status != "INACTIVE")?.ServiceArn ?? throw NotFound(null);
        }
        catch (AwsServiceException e) when (e.ErrorCode.Contains("NotFound", StringComparison.Ordinal))
        {
            throw NotFound(e);
        }

        InvalidOperationException NotFound(Exception? cause) =>
            new($"ECS service {name} was not found in cluster {cluster}; check the cluster and service names.", cause);
    }

    /// <summary>The heartbeat of the run that holds the service; null when no run holds it.</summary>
    private static DateTimeOffset? LastHeartbeat(IReadOnlyDictionary<string, string> tags) =>
        tags.GetValueOrDefault(RolloutStateTags.Run) is { Length: > 0 } &&
        tags.GetValueOrDefault(RolloutStateTags.Heartbeat) is { Length: > 0 } heartbeat
            ? RolloutStateTags.ParseTime(heartbeat)
            : null;

    private RolloutInProgressException Held(string service, IReadOnlyDictionary<string, string> tags, DateTimeOffset? heartbeat)
    {
        RolloutState? recorded;
        try
        {
            recorded = RolloutStateTags.Decode(service, tags);
        }
        catch (InvalidDataException)
        {
            recorded = null;
        }
        var heard = heartbeat is { } at ? $" (last heard from at {Text(at)})" : "";
        var killed = heartbeat is { } last
            ? $"; if it was killed, rerun with --resume after {Text(last + _options.StaleAfter)}"
            : "";
        return new RolloutInProgressException(service, recorded, recorded is { IsActive: true }
            ? $"Service {service} has a rollout in progress: deployment {recorded.DeploymentId} by {recorded.Owner}, " +
              $"{recorded.Phase.ToString().ToLowerInvariant()} at {recorded.Position}; that run is still going{heard}, " +
              $"wait for it to finish{killed}."
            : $"Service {service} is being rolled out by another run that has not recorded its state yet{heard}; " +
              $"wait for it to finish{killed}.");
    }

    private static string Text(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
