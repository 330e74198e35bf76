using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>One change of traffic and the checks that judged it.</summary>
/// <param name="Number">1-based position in the plan; rollbacks and promotions carry the step they happened at.</param>
/// <param name="Traffic">What each colour served from this step until the next, when the load balancer metrics were read.</param>
public sealed record DeploymentStep(
    int Number,
    DeploymentStepKind Kind,
    DateTimeOffset At,
    TrafficWeights Weights,
    IReadOnlyList<CheckRecord> Checks,
    string? Note = null,
    IReadOnlyList<ColourTraffic>? Traffic = null);
