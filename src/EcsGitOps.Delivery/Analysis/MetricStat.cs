namespace EcsGitOps.Delivery.Analysis;

/// <summary>One CloudWatch metric with a statistic (Sum, Average, p99...), as in GetMetricData's MetricStat.</summary>
/// <param name="Id">The name metric math expressions use for it, e.g. "errors".</param>
public sealed record MetricStat(
    string Id,
    string Namespace,
    string MetricName,
    IReadOnlyDictionary<string, string> Dimensions,
    string Stat);
