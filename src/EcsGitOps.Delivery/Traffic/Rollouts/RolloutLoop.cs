using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>
/// Moves a service's traffic to the new colour step by step, analysing each step, and promotes or rolls back.
/// It knows nothing of the router behind it; all waiting goes through the given clock.
/// </summary>
public sealed class RolloutLoop(ITrafficRouter router, IRolloutStateStore store, TimeProvider time, IRolloutObserver observer)
{
    /// <returns>Every outcome but a refused start: a rolled-back rollout is returned, not thrown.</returns>
    /// <exception cref="RolloutInProgressException">The service has another rollout in progress.</exception>
    public async Task<RolloutResult> RunAsync(RolloutRequest request, CancellationToken cancellationToken)
    {
        var lease = await store.OpenAsync(request.Service, cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var recorded = lease.Recorded;
            return ResumePolicy.Decide(recorded, request.DeploymentId, request.Resume) switch
            {
                ResumeAction.RefuseInterrupted => throw RolloutInProgressException.Interrupted(request.Service, recorded!),
                ResumeAction.RefuseOtherDeployment =>
                    throw RolloutInProgressException.OtherDeployment(request.Service, recorded!, request.DeploymentId),
                ResumeAction.AlreadySucceeded => Finish(new RolloutResult(RolloutPhase.Succeeded, recorded!.Weights,
                    $"deployment {request.DeploymentId} was already promoted; traffic left at {recorded.Weights}", recorded.FailedChecks)),
                ResumeAction.NothingToRollBack => await NothingToRollBackAsync(request, cancellationToken).ConfigureAwait(false),
                ResumeAction.Start => await StartAsync(request, lease, cancellationToken).ConfigureAwait(false),
                _ => await ResumeAsync(request, lease, recorded!, cancellationToken).ConfigureAwait(false),
            };
        }
    }

    private async Task<RolloutResult> StartAsync(RolloutRequest request, IRolloutLease lease, CancellationToken cancellationToken)
    {
        var found = await router.GetWeightsAsync(cancellationToken).ConfigureAwait(false);
        var now = time.GetUtcNow();
        var state = new RolloutState(request.Service, request.DeploymentId, request.Owner, request.Colours,
            request.Settings.Plan.Steps, RolloutPhase.Initializing, 0, found, 0, now, now);
        var run = new RolloutRun(request, state, lease, router, time, observer);
        await run.BeginAsync(found, resumed: false, cancellationToken).ConfigureAwait(false);
        return await run.ProgressAsync(0, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RolloutResult> ResumeAsync(
        RolloutRequest request, IRolloutLease lease, RolloutState recorded, CancellationToken cancellationToken)
    {
        var found = await router.GetWeightsAsync(cancellationToken).ConfigureAwait(false);
        var run = new RolloutRun(request, recorded with { Owner = request.Owner }, lease, router, time, observer);
        await run.BeginAsync(found, resumed: true, cancellationToken).ConfigureAwait(false);
        if (request.Resume == ResumeMode.RollBack)
            return await run.RollBackAsync(
                $"rolled back deployment {recorded.DeploymentId}, interrupted at {recorded.Position}").ConfigureAwait(false);
        if (recorded.IsActive && recorded.Phase != RolloutPhase.RollingBack &&
            recorded.FailedChecks >= request.Settings.FailureThreshold)
            return await run.RollBackAsync(
                $"{recorded.FailedChecks} failed checks had reached the failure threshold at {recorded.Position}").ConfigureAwait(false);
        return recorded.Phase switch
        {
            RolloutPhase.RollingBack => await run.RollBackAsync(recorded.Reason ?? "finished an interrupted rollback")
                .ConfigureAwait(false),
            RolloutPhase.Promoting => await run.PromoteAsync(cancellationToken).ConfigureAwait(false),
            RolloutPhase.Initializing => await run.ProgressAsync(0, cancellationToken).ConfigureAwait(false),
            _ => await run.ProgressAsync(recorded.StepIndex, cancellationToken).ConfigureAwait(false),
        };
    }

    private async Task<RolloutResult> NothingToRollBackAsync(RolloutRequest request, CancellationToken cancellationToken)
    {
        var found = await router.GetWeightsAsync(cancellationToken).ConfigureAwait(false);
        return Finish(new RolloutResult(RolloutPhase.Failed, found,
            $"no interrupted rollout of {request.Service} to roll back; traffic left at {found}", 0));
    }

    private RolloutResult Finish(RolloutResult result)
    {
        observer.OnEvent(new RolloutFinished(time.GetUtcNow(), result));
        return result;
    }
}
