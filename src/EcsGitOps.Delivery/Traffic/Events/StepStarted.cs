namespace EcsGitOps.Delivery.Traffic.Events;

public sealed record StepStarted(DateTimeOffset At, int StepIndex, int StepCount, TrafficWeights Target) : RolloutEvent(At);
