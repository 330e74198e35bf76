using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>What every strategy is given; strategy-specific settings (deployment group, router, drain time) are
/// given to the strategy itself.</summary>
/// <param name="TaskDefinitionArn">The rendered task definition, registered (artifacts/taskdef.json).</param>
/// <param name="ImageDigest">The pushed image (artifacts/image.json), e.g. "sha256:...".</param>
/// <param name="Owner">Who deploys, recorded with the deployment and named to anyone deploying at the same time.</param>
/// <param name="Observer">Receives progress (rollout events, <see cref="DeploymentProgressed"/>) for display and the record.</param>
/// <param name="Timeout">How long to follow the deployment before stopping it and rolling back.</param>
public sealed record DeploymentContext(
    string Cluster,
    string Service,
    string TaskDefinitionArn,
    string ImageDigest,
    string Owner,
    IRolloutObserver Observer,
    TimeSpan Timeout,
    ResumeMode Resume = ResumeMode.None);
