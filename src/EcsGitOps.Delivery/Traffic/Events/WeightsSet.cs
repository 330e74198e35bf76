namespace EcsGitOps.Delivery.Traffic.Events;

/// <param name="NextAnalysisAt">When this step's checks will run.</param>
public sealed record WeightsSet(DateTimeOffset At, int StepIndex, TrafficWeights Weights, DateTimeOffset NextAnalysisAt)
    : RolloutEvent(At);
