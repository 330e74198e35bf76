using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Analysis;

/// <summary>Where a rollout stands when its checks run.</summary>
/// <param name="WindowStart">Start of the time the checks judge: when the current weights were set.</param>
/// <param name="Log">Receives output worth keeping in the log, one line at a time.</param>
public sealed record AnalysisContext(
    string Service,
    string DeploymentId,
    ColourShift Colours,
    int StepIndex,
    int StepCount,
    TrafficWeights Weights,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    Action<string> Log)
{
    /// <summary>The percentage of traffic on the new colour.</summary>
    public int CanaryWeight => Weights.Of(Colours.To);

    /// <summary>1-based, for people.</summary>
    public int StepNumber => StepIndex + 1;

    public bool IsFinalStep => StepIndex == StepCount - 1;
}
