using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Traffic.Events;

public sealed record RolloutFinished(DateTimeOffset At, RolloutResult Result) : RolloutEvent(At);
