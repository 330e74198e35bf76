using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Traffic.Events;

public sealed record PhaseChanged(DateTimeOffset At, RolloutPhase Phase, int StepIndex, TrafficWeights Weights)
    : RolloutEvent(At);
