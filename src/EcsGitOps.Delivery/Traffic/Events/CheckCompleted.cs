using EcsGitOps.Delivery.Analysis;

namespace EcsGitOps.Delivery.Traffic.Events;

/// <param name="FailedChecks">Failed checks so far in this rollout, this one included.</param>
public sealed record CheckCompleted(
    DateTimeOffset At,
    int StepIndex,
    CheckResult Result,
    int FailedChecks,
    int FailureThreshold) : RolloutEvent(At);
