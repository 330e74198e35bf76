namespace EcsGitOps.Delivery.Traffic.Events;

/// <summary>Something that happened during a rollout, for progress display and the deployment record.</summary>
public abstract record RolloutEvent(DateTimeOffset At);
