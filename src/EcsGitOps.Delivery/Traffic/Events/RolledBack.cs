namespace EcsGitOps.Delivery.Traffic.Events;

/// <summary>All traffic is back on the stable colour.</summary>
public sealed record RolledBack(DateTimeOffset At, TrafficWeights Weights, string Reason) : RolloutEvent(At);
