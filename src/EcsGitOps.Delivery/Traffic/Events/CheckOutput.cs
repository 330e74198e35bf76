namespace EcsGitOps.Delivery.Traffic.Events;

/// <summary>A line a check wrote (e.g. a smoke test's output).</summary>
public sealed record CheckOutput(DateTimeOffset At, string Line) : RolloutEvent(At);
