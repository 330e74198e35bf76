using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>How the task-set strategy shifts traffic, and where the new task set runs.</summary>
/// <param name="Store">Where the rollout is recorded; the strategy holds the service's record for the whole deployment.</param>
public sealed record TaskSetStrategyOptions(ITrafficRouter Router, IRolloutStateStore Store, RolloutSettings Rollout)
{
    public IReadOnlyList<IAnalysisCheck> Checks { get; init; } = [];

    public IReadOnlyList<IPromotionGate> Gates { get; init; } = [];

    public TaskSetTargets Blue { get; init; } = TaskSetTargets.None;

    public TaskSetTargets Green { get; init; } = TaskSetTargets.None;

    /// <summary>Null runs the new task set in the primary task set's subnets and security groups.</summary>
    public NetworkConfiguration? NetworkConfiguration { get; init; }

    /// <summary>Null takes the primary task set's launch type or capacity providers.</summary>
    public string? LaunchType { get; init; }

    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    public string? PlatformVersion { get; init; }

    /// <summary>How long the old task set keeps its tasks after the new one became primary, so requests in flight finish.</summary>
    public TimeSpan DrainTime { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Where tasks run outside ECS's view (the local agent), their health checks; null trusts ECS's running count.</summary>
    public ITaskSetHealth? TaskHealth { get; init; }

    /// <summary>How often a starting task set is described until it is steady.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(10);

    public TaskSetTargets TargetsOf(Colour colour) => colour == Colour.Blue ? Blue : Green;
}
