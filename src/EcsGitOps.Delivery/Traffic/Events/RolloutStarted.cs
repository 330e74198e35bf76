namespace EcsGitOps.Delivery.Traffic.Events;

/// <param name="FirstStep">0 for a new rollout; the recorded step when one is resumed.</param>
/// <param name="Found">The weights the router reported before anything changed.</param>
public sealed record RolloutStarted(
    DateTimeOffset At,
    string Service,
    string DeploymentId,
    string Owner,
    ColourShift Colours,
    IReadOnlyList<int> Steps,
    TimeSpan Interval,
    int FailureThreshold,
    int FirstStep,
    TrafficWeights Found,
    bool Resumed) : RolloutEvent(At);
