namespace EcsGitOps.Delivery.Analysis;

/// <summary>A shell command run as a check, e.g. a smoke or load test against the test listener.</summary>
/// <param name="AtWeights">Run only at these percentages of traffic on the new colour; null runs at every step.</param>
public sealed record CommandCheckOptions(
    string Name,
    string Command,
    TimeSpan Timeout,
    IReadOnlySet<int>? AtWeights = null,
    string? WorkingDirectory = null);
