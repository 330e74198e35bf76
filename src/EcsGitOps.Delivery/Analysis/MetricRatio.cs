namespace EcsGitOps.Delivery.Analysis;

/// <summary>
/// 100 × part / whole over the window, from the two metrics' own values rather than metric math (which the local
/// cloud's CloudWatch does not evaluate). A part without data points counts as 0; a whole without data points, or 0,
/// is no data.
/// </summary>
/// <param name="PartId">The <see cref="MetricStat.Id"/> of the part, e.g. "errors".</param>
/// <param name="WholeId">The <see cref="MetricStat.Id"/> of the whole, e.g. "requests".</param>
public sealed record MetricRatio(string PartId, string WholeId);
