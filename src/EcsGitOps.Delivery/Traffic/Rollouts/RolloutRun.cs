using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>One run of the loop: every change of state is recorded before it is acted on, so a run killed at any
/// point leaves a record that says what to continue or undo.</summary>
internal sealed class RolloutRun(
    RolloutRequest request,
    RolloutState state,
    IRolloutLease lease,
    ITrafficRouter router,
    TimeProvider time,
    IRolloutObserver observer)
{
    private RolloutState _state = state;
    private DateTimeOffset _windowStart = time.GetUtcNow();

    private RolloutSettings Settings => request.Settings;

    private IReadOnlyList<int> Steps => _state.Steps;

    public async Task BeginAsync(TrafficWeights found, bool resumed, CancellationToken cancellationToken)
    {
        await SaveAsync(_state, cancellationToken).ConfigureAwait(false);
        Emit(new RolloutStarted(Now, _state.Service, _state.DeploymentId, _state.Owner, _state.Colours, Steps,
            Settings.Interval, Settings.FailureThreshold, _state.StepIndex, found, resumed));
    }

    public Task<RolloutResult> ProgressAsync(int firstStep, CancellationToken cancellationToken) =>
        GuardAsync(async () =>
        {
            for (var step = firstStep; step < Steps.Count; step++)
            {
                if (step == Steps.Count - 1 && await ApproveAsync(step, cancellationToken).ConfigureAwait(false) is { } refusal)
                    return await RollBackAsync($"{refusal.Check}: {refusal.Detail}").ConfigureAwait(false);
                await ShiftAsync(step, cancellationToken).ConfigureAwait(false);
                if (await WatchAsync(step, cancellationToken).ConfigureAwait(false) is { } failure)
                    return await RollBackAsync(failure).ConfigureAwait(false);
            }
            return await PromoteCoreAsync(cancellationToken).ConfigureAwait(false);
        }, cancellationToken);

    public Task<RolloutResult> PromoteAsync(CancellationToken cancellationToken) =>
        GuardAsync(() => PromoteCoreAsync(cancellationToken), cancellationToken);

    /// <summary>Sends all traffic back to the stable colour, even when the run was cancelled.</summary>
    public async Task<RolloutResult> RollBackAsync(string reason)
    {
        var stable = TrafficWeights.AllOn(_state.Colours.From);
        await SaveAsync(_state with { Phase = RolloutPhase.RollingBack, Reason = reason }, CancellationToken.None)
            .ConfigureAwait(false);
        using var timeout = new CancellationTokenSource(Settings.RollbackTimeout, time);
        try
        {
            await router.SetWeightsAsync(stable, timeout.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The record stays at RollingBack: the next run with --resume finishes the job.
            return Finish(RolloutPhase.Failed, $"{reason}; then rolling back on {router.Name} failed ({e.Message}); " +
                "traffic may still be split, rerun with --resume rollback");
        }
        Emit(new RolledBack(Now, stable, reason));
        await SaveAsync(_state with { Phase = RolloutPhase.RolledBack, Weights = stable }, CancellationToken.None)
            .ConfigureAwait(false);
        return Finish(RolloutPhase.RolledBack, reason);
    }

    private async Task<RolloutResult> GuardAsync(Func<Task<RolloutResult>> body, CancellationToken cancellationToken)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return await RollBackAsync($"cancelled at {_state.Position}").ConfigureAwait(false);
        }
        catch (Exception e)
        {
            return await RollBackAsync(e.Message).ConfigureAwait(false);
        }
    }

    private async Task<CheckResult?> ApproveAsync(int step, CancellationToken cancellationToken)
    {
        foreach (var gate in request.Gates ?? [])
        {
            var result = await gate.ApproveAsync(Context(step), cancellationToken).ConfigureAwait(false);
            Emit(new CheckCompleted(Now, step, result, _state.FailedChecks, Settings.FailureThreshold));
            if (!result.Passed)
                return result;
        }
        return null;
    }

    private async Task ShiftAsync(int step, CancellationToken cancellationToken)
    {
        var target = TrafficWeights.Towards(_state.Colours, Steps[step]);
        Emit(new StepStarted(Now, step, Steps.Count, target));
        await SaveAsync(_state with { Phase = RolloutPhase.Progressing, StepIndex = step, Weights = target }, cancellationToken)
            .ConfigureAwait(false);
        try
        {
            await router.SetWeightsAsync(target, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new InvalidOperationException($"setting {target} on {router.Name} failed: {e.Message}", e);
        }
        _windowStart = Now;
        Emit(new WeightsSet(Now, step, target, Now + Settings.Interval));
    }

    /// <summary>Waits and analyses until the step passes (null) or the failures reach the threshold (the reason).
    /// A failing round below the threshold keeps the weights and watches one more interval.</summary>
    private async Task<string?> WatchAsync(int step, CancellationToken cancellationToken)
    {
        while (true)
        {
            await Task.Delay(Settings.Interval, time, cancellationToken).ConfigureAwait(false);
            var failures = await AnalyseAsync(step, cancellationToken).ConfigureAwait(false);
            if (_state.FailedChecks >= Settings.FailureThreshold)
                return $"{_state.FailedChecks} failed checks reached the failure threshold of {Settings.FailureThreshold} " +
                       $"at {_state.Position}; last: {failures[^1]}";
            if (failures.Count == 0)
                return null;
        }
    }

    private async Task<List<CheckResult>> AnalyseAsync(int step, CancellationToken cancellationToken)
    {
        await SaveAsync(_state with { Phase = RolloutPhase.Analysing }, cancellationToken).ConfigureAwait(false);
        var context = Context(step);
        var failures = new List<CheckResult>();
        foreach (var check in request.Checks.Where(check => check.RunsAt(context)))
        {
            var result = await RunAsync(check, context, cancellationToken).ConfigureAwait(false);
            if (!result.Passed)
            {
                failures.Add(result);
                _state = _state with { FailedChecks = _state.FailedChecks + 1 };
            }
            Emit(new CheckCompleted(Now, step, result, _state.FailedChecks, Settings.FailureThreshold));
            if (_state.FailedChecks >= Settings.FailureThreshold)
                break;
        }
        if (failures.Count > 0)
            await SaveAsync(_state, cancellationToken).ConfigureAwait(false);
        _windowStart = Now;
        return failures;
    }

    private static async Task<CheckResult> RunAsync(IAnalysisCheck check, AnalysisContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            return CheckResult.Fail(check.Name, $"the check could not run: {e.Message}");
        }
    }

    private async Task<RolloutResult> PromoteCoreAsync(CancellationToken cancellationToken)
    {
        await SaveAsync(_state with { Phase = RolloutPhase.Promoting }, cancellationToken).ConfigureAwait(false);
        if (request.Promotion is { } promotion)
        {
            try
            {
                await promotion.PromoteAsync(_state, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new InvalidOperationException($"promotion failed: {e.Message}", e);
            }
        }
        var promoted = $"{_state.Colours.To.Name()} promoted: {_state.Weights} after {Steps.Count} steps";
        await SaveAsync(_state with { Phase = RolloutPhase.Succeeded, Reason = promoted }, cancellationToken)
            .ConfigureAwait(false);
        return Finish(RolloutPhase.Succeeded, promoted);
    }

    private AnalysisContext Context(int step) => new(_state.Service, _state.DeploymentId, _state.Colours, step, Steps.Count,
        _state.Weights, _windowStart, Now, line => Emit(new CheckOutput(Now, line)));

    private async Task SaveAsync(RolloutState next, CancellationToken cancellationToken)
    {
        var moved = next.Phase != _state.Phase || next.StepIndex != _state.StepIndex;
        _state = next with { UpdatedAt = Now };
        await lease.SaveAsync(_state, cancellationToken).ConfigureAwait(false);
        if (moved)
            Emit(new PhaseChanged(Now, _state.Phase, _state.StepIndex, _state.Weights));
    }

    private RolloutResult Finish(RolloutPhase phase, string reason)
    {
        var result = new RolloutResult(phase, _state.Weights, reason, _state.FailedChecks);
        Emit(new RolloutFinished(Now, result));
        return result;
    }

    private void Emit(RolloutEvent rolloutEvent) => observer.OnEvent(rolloutEvent);

    private DateTimeOffset Now => time.GetUtcNow();
}
