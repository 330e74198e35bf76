namespace EcsGitOps.Delivery.Analysis;

/// <summary>A value to judge: one metric, or a metric math <paramref name="Expression"/> over several.</summary>
/// <param name="Label">For people: "error rate %", "p99 latency (s)".</param>
public sealed record MetricQuery(string Label, IReadOnlyList<MetricStat> Metrics, string? Expression = null);
