namespace EcsGitOps.Delivery.Analysis;

/// <summary>The usual canary questions for a target group behind an ALB.</summary>
public static class AlbMetricQueries
{
    private const string Namespace = "AWS/ApplicationELB";

    /// <param name="loadBalancer">The dimension value, "app/name/id".</param>
    /// <param name="targetGroup">The dimension value, "targetgroup/name/id".</param>
    public static MetricQuery ErrorRatePercent(string loadBalancer, string targetGroup) => new(
        "5xx error rate %",
        [
            Metric("errors", "HTTPCode_Target_5XX_Count", loadBalancer, targetGroup, "Sum"),
            Metric("requests", "RequestCount", loadBalancer, targetGroup, "Sum"),
        ],
        // A window without any 5xx has no error data points at all; that is a rate of 0, not missing data.
        "100 * FILL(errors, 0) / requests");

    public static MetricQuery P99LatencySeconds(string loadBalancer, string targetGroup) => new(
        "p99 latency (s)",
        [Metric("latency", "TargetResponseTime", loadBalancer, targetGroup, "p99")]);

    private static MetricStat Metric(string id, string name, string loadBalancer, string targetGroup, string stat) =>
        new(id, Namespace, name, new Dictionary<string, string>
        {
            ["LoadBalancer"] = loadBalancer,
            ["TargetGroup"] = targetGroup,
        }, stat);
}
