namespace EcsGitOps.Delivery.Traffic.State;

/// <summary>How runs that record rollouts in service tags tell a live run from a killed one.</summary>
public sealed record EcsServiceTagStoreOptions
{
    /// <summary>How often a run refreshes the service's "ecsgitops:heartbeat" tag while it holds the rollout.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long after its last heartbeat a run counts as stopped, so that another may take its rollout over;
    /// keep it well above the clock difference between the machines that deploy.</summary>
    public TimeSpan StaleAfter { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a run waits after claiming a service before reading the claim back: of two runs that start
    /// together, the one that claimed last goes on.</summary>
    public TimeSpan ClaimSettle { get; init; } = TimeSpan.FromSeconds(2);
}
