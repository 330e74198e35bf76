using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>A strategy started (or found) the deployment it follows.</summary>
/// <param name="DeploymentId">e.g. the CodeDeploy deployment id, the ECS service deployment ARN, the task set id.</param>
/// <param name="Colours">Which colour serves now and which one is deployed, when the strategy knows.</param>
public sealed record DeploymentStarted(DateTimeOffset At, string Service, string DeploymentId, ColourShift? Colours)
    : RolloutEvent(At);
