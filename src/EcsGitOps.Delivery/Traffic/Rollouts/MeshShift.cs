using System.Globalization;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>
/// Which way ShiftMeshTraffic moves traffic, and under which deployment id: a rollout an earlier run left unfinished
/// keeps its own colours and id when it is resumed (weights of 50/50 say nothing of where they were going); otherwise
/// traffic moves from the colour that holds most of it, as a new deployment.
/// </summary>
public sealed record MeshShift(ColourShift Colours, string DeploymentId)
{
    /// <param name="key">The service's rollout key, <c>cluster/service</c>.</param>
    /// <exception cref="RolloutInProgressException">Another live run holds the service.</exception>
    public static async Task<MeshShift> PlanAsync(
        IRolloutStateStore store, string key, TrafficWeights weights, ResumeMode resume, TimeProvider time, CancellationToken cancellationToken)
    {
        var recorded = await store.ReadRecordedAsync(key, cancellationToken).ConfigureAwait(false);
        if (recorded is { IsActive: true } && resume != ResumeMode.None)
            return new MeshShift(recorded.Colours, recorded.DeploymentId);
        var colours = weights.Blue >= weights.Green ? ColourShift.BlueToGreen : ColourShift.GreenToBlue;
        return new MeshShift(colours, $"shift-{colours.To.Name()}-{time.GetUtcNow().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture)}");
    }
}
