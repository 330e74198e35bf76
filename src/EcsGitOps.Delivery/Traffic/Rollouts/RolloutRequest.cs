using EcsGitOps.Delivery.Analysis;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>One rollout of one deployment of one service.</summary>
/// <param name="Service">The key the rollout is recorded under, e.g. "cluster/service".</param>
/// <param name="DeploymentId">Stays the same when the same deployment is run again (e.g. the task definition ARN).</param>
/// <param name="Owner">Who runs it, for the message a concurrent run gets (e.g. "alice@laptop pid 4242" or a CI run URL).</param>
public sealed record RolloutRequest(
    string Service,
    string DeploymentId,
    string Owner,
    ColourShift Colours,
    RolloutSettings Settings,
    IReadOnlyList<IAnalysisCheck> Checks,
    IReadOnlyList<IPromotionGate>? Gates = null,
    ResumeMode Resume = ResumeMode.None,
    IRolloutPromotion? Promotion = null);
