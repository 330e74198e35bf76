using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Delivery.LocalCloud.DataPlane;
using Microsoft.Extensions.Hosting;

namespace EcsGitOps.LocalAgent;

/// <summary>
/// Publishes each finished second of traffic to the local CloudWatch under the names and dimensions an ALB uses
/// (AWS/ApplicationELB; LoadBalancer and TargetGroup), so the rollout's metric checks and monitoring.yaml's alarms read
/// the router's traffic exactly as they read an ALB's on AWS. As an ALB, it sends no 5xx count for a second without one.
/// </summary>
public sealed class MetricsPublisher(CloudWatchClient cloudWatch, TargetGroupMetrics metrics, ServedService served, Action<string> log)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        string? lastProblem = null;
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false))
        {
            if (served.Current is not { } service || metrics.TakeFinished() is not { Count: > 0 } seconds)
                continue;
            try
            {
                await cloudWatch.PutMetricDataAsync(new PutMetricDataRequest
                {
                    Namespace = "AWS/ApplicationELB",
                    MetricData = [.. seconds.SelectMany(second => Data(service, second))],
                }, stoppingToken).ConfigureAwait(false);
                lastProblem = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                if (e.Message != lastProblem)
                    log($"Could not publish metrics to the local CloudWatch: {e.Message}");
                lastProblem = e.Message;
            }
        }
    }

    public static IEnumerable<MetricDatum> Data(DataPlaneService service, TrafficSecond second)
    {
        IReadOnlyList<Dimension> dimensions =
        [
            new() { Name = "LoadBalancer", Value = service.LoadBalancerFullName },
            new() { Name = "TargetGroup", Value = service.TargetsOf(second.Colour).TargetGroupFullName },
        ];
        yield return new MetricDatum { MetricName = "RequestCount", Dimensions = dimensions, Timestamp = second.Second, Value = second.Requests, Unit = "Count" };
        if (second.Errors5xx > 0)
            yield return new MetricDatum
            {
                MetricName = "HTTPCode_Target_5XX_Count", Dimensions = dimensions, Timestamp = second.Second, Value = second.Errors5xx, Unit = "Count",
            };
        yield return new MetricDatum
        {
            MetricName = "TargetResponseTime", Dimensions = dimensions, Timestamp = second.Second, Unit = "Seconds",
            StatisticValues = new StatisticSet { SampleCount = second.Requests, Sum = second.LatencySum, Minimum = second.LatencyMin, Maximum = second.LatencyMax },
        };
    }
}
