using System.Globalization;

namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>A rollout of the service is already recorded as in progress; the message names its owner.</summary>
public sealed class RolloutInProgressException(string service, RolloutState? recorded, string message) : Exception(message)
{
    public string Service { get; } = service;

    public RolloutState? Recorded { get; } = recorded;

    /// <summary>The process that holds the record is still running.</summary>
    public static RolloutInProgressException Running(string service, RolloutState? recorded) => new(service, recorded,
        recorded is null
            ? $"Service {service} is being rolled out by another run that has not recorded its state yet; wait for it to finish."
            : $"{Describe(service, recorded)}; that run is still going, wait for it to finish.");

    /// <summary>A record left by a run that stopped; only an explicit resume may take it over.</summary>
    public static RolloutInProgressException Interrupted(string service, RolloutState recorded) => new(service, recorded,
        $"{Describe(service, recorded)}; wait for it to finish, or if that run has stopped, rerun with --resume to continue it or --resume rollback to undo it.");

    /// <summary>A resume of one deployment found another one recorded.</summary>
    public static RolloutInProgressException OtherDeployment(string service, RolloutState recorded, string deploymentId) =>
        new(service, recorded,
            $"{Describe(service, recorded)}, not of {deploymentId}; rerun with --resume rollback to undo it first.");

    private static string Describe(string service, RolloutState recorded) =>
        $"Service {service} has a rollout in progress: deployment {recorded.DeploymentId} by {recorded.Owner} since " +
        $"{recorded.StartedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture)}, " +
        $"{recorded.Phase.ToString().ToLowerInvariant()} at {recorded.Position}";
}
