namespace EcsGitOps.Delivery.Analysis;

/// <summary>Evaluates a query over a time window (CloudWatch GetMetricData, one period for the whole window).</summary>
public interface IMetricSource
{
    /// <returns>The value, or null when the window holds no data points.</returns>
    Task<double?> GetValueAsync(MetricQuery query, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken);
}
