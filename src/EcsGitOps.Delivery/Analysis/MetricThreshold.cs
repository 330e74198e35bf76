namespace EcsGitOps.Delivery.Analysis;

/// <summary>The bounds a metric must stay within during each step; no data fails unless allowed.</summary>
public sealed record MetricThreshold(
    string Name,
    MetricQuery Query,
    double? Max = null,
    double? Min = null,
    bool NoDataPasses = false);
