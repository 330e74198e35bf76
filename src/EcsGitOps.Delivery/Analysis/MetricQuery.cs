namespace EcsGitOps.Delivery.Analysis;

/// <summary>A value to judge: one metric, a metric math <paramref name="Expression"/> over several, or a
/// <paramref name="Ratio"/> of two metrics computed from their own values.</summary>
/// <param name="Label">For people: "error rate %", "p99 latency (s)".</param>
public sealed record MetricQuery(string Label, IReadOnlyList<MetricStat> Metrics, string? Expression = null, MetricRatio? Ratio = null);
