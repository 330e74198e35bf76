using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>Turns the events of a deployment into the steps of its <see cref="DeploymentRecord"/>.</summary>
public sealed class DeploymentRecorder(TimeProvider time) : IRolloutObserver
{
    private readonly Lock _gate = new();
    private readonly List<StepDraft> _steps = [];
    private readonly List<CheckRecord> _unplaced = [];

    public DateTimeOffset StartedAt { get; } = time.GetUtcNow();

    public string? DeploymentId { get; private set; }

    public ColourShift? Colours { get; private set; }

    public IReadOnlyList<DeploymentStep> Steps
    {
        get
        {
            lock (_gate)
                return _steps.Select(step => step.Build()).ToList();
        }
    }

    public void OnEvent(RolloutEvent rolloutEvent)
    {
        lock (_gate)
            Record(rolloutEvent);
    }

    public DeploymentRecord ToRecord(
        string service, DeploymentStrategyKind strategy, string imageDigest, string taskDefinitionArn, DeploymentOutcome outcome) =>
        new(service, strategy.Name, DeploymentId, imageDigest, taskDefinitionArn, Colours, outcome, StartedAt, time.GetUtcNow(),
            Steps);

    private void Record(RolloutEvent rolloutEvent)
    {
        switch (rolloutEvent)
        {
            case DeploymentStarted started:
                (DeploymentId, Colours) = (started.DeploymentId, started.Colours ?? Colours);
                break;
            case RolloutStarted started:
                DeploymentId ??= started.DeploymentId;
                Colours ??= started.Colours;
                break;
            case WeightsSet set:
                Add(new StepDraft(set.StepIndex + 1, DeploymentStepKind.Traffic, set.At, set.Weights, null));
                break;
            case CheckCompleted completed:
                Place(completed);
                break;
            case PhaseChanged { Phase: RolloutPhase.Promoting } promoting:
                Add(new StepDraft(promoting.StepIndex + 1, DeploymentStepKind.Promotion, promoting.At, promoting.Weights, null));
                break;
            case RolledBack rolledBack:
                Add(new StepDraft(_steps.LastOrDefault()?.Number ?? 0, DeploymentStepKind.Rollback, rolledBack.At,
                    rolledBack.Weights, rolledBack.Reason));
                break;
            case DeploymentProgressed { Weights: { } weights } progressed when _steps.LastOrDefault()?.Weights != weights:
                Add(new StepDraft(_steps.Count + 1, DeploymentStepKind.Traffic, progressed.At, weights,
                    progressed.Detail is null ? progressed.Status : $"{progressed.Status}: {progressed.Detail}"));
                break;
        }
    }

    // A check belongs to the traffic step it judged; a gate asked before its step is shifted waits for that step.
    private void Place(CheckCompleted completed)
    {
        var check = new CheckRecord(completed.At, completed.Result.Check, completed.Result.Passed, completed.Result.Detail,
            completed.Result.NoData);
        var step = _steps.LastOrDefault(step => step.Number == completed.StepIndex + 1 && step.Kind == DeploymentStepKind.Traffic);
        if (step is null)
            _unplaced.Add(check);
        else
            step.Checks.Add(check);
    }

    private void Add(StepDraft step)
    {
        step.Checks.AddRange(_unplaced);
        _unplaced.Clear();
        _steps.Add(step);
    }

    private sealed record StepDraft(int Number, DeploymentStepKind Kind, DateTimeOffset At, TrafficWeights Weights, string? Note)
    {
        public List<CheckRecord> Checks { get; } = [];

        public DeploymentStep Build() => new(Number, Kind, At, Weights, Checks.ToList(), Note);
    }
}
