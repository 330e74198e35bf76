using System.Globalization;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Traffic.Progress;

/// <summary>
/// Shows a rollout as it runs. On a terminal the current step is one line redrawn in place; elsewhere (CI logs,
/// redirected output) every event is a plain line of its own.
/// </summary>
public sealed class TrafficProgressRenderer(TextWriter output, bool isTerminal) : IRolloutObserver
{
    private const string ClearLine = "\r\u001b[2K";
    private readonly Lock _gate = new();
    private Colour _canary = Colour.Green;
    private int _stepCount;
    private string? _step;
    private string? _status;

    public void OnEvent(RolloutEvent rolloutEvent)
    {
        lock (_gate)
            Render(rolloutEvent);
    }

    private void Render(RolloutEvent rolloutEvent)
    {
        switch (rolloutEvent)
        {
            case RolloutStarted started:
                (_canary, _stepCount) = (started.Colours.To, started.Steps.Count);
                Line($"{(started.Resumed ? "Resuming" : "Rolling out")} {started.DeploymentId} on {started.Service}: " +
                     $"{started.Colours} in {started.Steps.Count} steps ({string.Join(",", started.Steps)}), " +
                     $"{DeploymentReport.Duration(started.Interval)} per step, " +
                     $"rollback at {started.FailureThreshold} failed checks; now {started.Found}");
                break;
            case DeploymentStarted started:
                _canary = started.Colours?.To ?? _canary;
                Line($"Deploying {started.DeploymentId} on {started.Service}" +
                     (started.Colours is { } colours ? $": {colours}" : ""));
                break;
            case StepStarted step when isTerminal:
                Commit("passed");
                Status($"{Step(step.StepIndex)} {Bar(step.Target)}", "shifting");
                break;
            case WeightsSet set:
                Status($"{Step(set.StepIndex)} {Bar(set.Weights)}", $"analysis at {Clock(set.NextAnalysisAt)}");
                break;
            case PhaseChanged { Phase: RolloutPhase.Analysing } analysing when isTerminal:
                Status($"{Step(analysing.StepIndex)} {Bar(analysing.Weights)}", "analysing");
                break;
            case PhaseChanged { Phase: RolloutPhase.Promoting }:
                Commit("passed");
                Line($"promoting {_canary.Name()}");
                break;
            case CheckCompleted completed:
                Line($"  [{(completed.Result.Passed ? "ok" : "FAILED")}] {completed.Result.Check}: {completed.Result.Detail}" +
                     (completed.Result.Passed ? "" : $" ({completed.FailedChecks}/{completed.FailureThreshold} failed checks)"));
                break;
            case CheckOutput line:
                Line($"    {line.Line}");
                break;
            case RolledBack rolledBack:
                Commit("rolling back");
                Line($"rolled back {Bar(rolledBack.Weights)}");
                break;
            case DeploymentProgressed progressed:
                Line($"{progressed.Status}{(progressed.Weights is { } w ? $" {Bar(w)}" : "")}" +
                     (progressed.Detail is null ? "" : $": {progressed.Detail}"));
                break;
            case RolloutFinished finished:
                Commit(Outcome(finished.Result.Phase));
                Line($"rollout {Outcome(finished.Result.Phase)}: {finished.Result.Reason}");
                break;
        }
    }

    private string Bar(TrafficWeights weights) => TrafficBar.Render(weights, _canary);

    private string Step(int index) => $"step {index + 1}/{_stepCount}";

    private static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Outcome(RolloutPhase phase) => phase switch
    {
        RolloutPhase.Succeeded => "succeeded",
        RolloutPhase.RolledBack => "rolled back",
        _ => "failed",
    };

    private void Status(string step, string state)
    {
        var text = $"{step}  {state}";
        if (!isTerminal)
        {
            output.WriteLine(text);
            return;
        }
        (_step, _status) = (step, text);
        output.Write($"{ClearLine}{text}");
        output.Flush();
    }

    // Lines printed while a step is live go above it; the step's line is redrawn below them.
    private void Line(string text)
    {
        if (isTerminal && _status is not null)
            output.Write(ClearLine);
        output.WriteLine(text);
        if (isTerminal && _status is not null)
            output.Write(_status);
        output.Flush();
    }

    // The live step line stays on screen with how the step ended.
    private void Commit(string state)
    {
        if (!isTerminal || _status is null)
            return;
        output.WriteLine($"{ClearLine}{_step}  {state}");
        (_step, _status) = (null, null);
    }
}
