namespace EcsGitOps.Delivery.Analysis;

/// <summary>The usual canary questions for a target group behind an ALB.</summary>
public static class AlbMetricQueries
{
    private const string Namespace = "AWS/ApplicationELB";

    /// <param name="loadBalancer">The dimension value, "app/name/id".</param>
    /// <param name="targetGroup">The dimension value, "targetgroup/name/id".</param>
    /// <remarks>
    /// Two Sum queries divided here rather than the metric math "100 * FILL(errors, 0) / requests": the same value on
    /// AWS, and the local cloud's CloudWatch (moto) answers metric math with no values. A window without any 5xx has
    /// no error data points at all; that is a rate of 0, not missing data.
    /// </remarks>
    public static MetricQuery ErrorRatePercent(string loadBalancer, string targetGroup) => new(
        "5xx error rate %",
        [
            Metric("errors", "HTTPCode_Target_5XX_Count", loadBalancer, targetGroup, "Sum"),
            Metric("requests", "RequestCount", loadBalancer, targetGroup, "Sum"),
        ],
        Ratio: new MetricRatio("errors", "requests"));

    /// <remarks>The local cloud's CloudWatch (moto) cannot compute percentiles: there use <see cref="MaxLatencySeconds"/>.</remarks>
    public static MetricQuery P99LatencySeconds(string loadBalancer, string targetGroup) => new(
        "p99 latency (s)",
        [Metric("latency", "TargetResponseTime", loadBalancer, targetGroup, "p99")]);

    /// <summary>The slowest response of the window: stricter than p99, and what the local cloud can compute.</summary>
    public static MetricQuery MaxLatencySeconds(string loadBalancer, string targetGroup) => new(
        "max latency (s)",
        [Metric("latency", "TargetResponseTime", loadBalancer, targetGroup, "Maximum")]);

    internal static MetricStat Metric(string id, string name, string loadBalancer, string targetGroup, string stat) =>
        new(id, Namespace, name, new Dictionary<string, string>
        {
            ["LoadBalancer"] = loadBalancer,
            ["TargetGroup"] = targetGroup,
        }, stat);
}
