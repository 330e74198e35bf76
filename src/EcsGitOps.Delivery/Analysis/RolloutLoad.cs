using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic.Events;

namespace EcsGitOps.Delivery.Analysis;

/// <summary>
/// Sends load while traffic moves between colours, and only then: a first deployment has nothing to judge and no task
/// to answer until it is healthy. Starts when a deployment from one colour to the other starts; stops when disposed.
/// </summary>
public sealed class RolloutLoad(HttpClient http, Uri target, double requestsPerSecond, TimeProvider time) : IRolloutObserver, IAsyncDisposable
{
    LoadGenerator? load;

    public double RequestsPerSecond => requestsPerSecond;

    /// <summary>What was sent; null when no rollout between colours started.</summary>
    public LoadStats? Stats { get; private set; }

    public void OnEvent(RolloutEvent rolloutEvent)
    {
        if (rolloutEvent is DeploymentStarted { Colours: not null } && load is null)
            load = LoadGenerator.Start(http, target, requestsPerSecond, time);
    }

    public async ValueTask DisposeAsync()
    {
        if (load is null)
            return;
        await load.DisposeAsync().ConfigureAwait(false);
        Stats = load.Stats;
        load = null;
    }
}
