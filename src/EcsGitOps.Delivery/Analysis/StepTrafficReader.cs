using EcsGitOps.Aws;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Analysis;

/// <summary>
/// Adds to each step of a deployment record what each colour's target group served from that step until the next:
/// requests, 5xx responses and latency, from the same load balancer metrics the checks read.
/// </summary>
/// <param name="loadBalancer">The LoadBalancer dimension value, "app/name/id".</param>
/// <param name="targetGroups">The TargetGroup dimension value of each colour, "targetgroup/name/id".</param>
/// <param name="latencyStat">"p99", or "Maximum" where the metrics store has no percentiles (the local cloud).</param>
/// <param name="warn">Told when the metrics cannot be read; the record then keeps its steps without traffic.</param>
/// <param name="settle">How long after the deployment the last data points may still arrive: the local agent
/// publishes each second once it is over.</param>
public sealed class StepTrafficReader(
    IMetricSource metrics, string loadBalancer, IReadOnlyDictionary<Colour, string> targetGroups, string latencyStat, Action<string> warn,
    TimeSpan settle = default, TimeProvider? time = null)
{
    public async Task<DeploymentRecord> AddToAsync(DeploymentRecord record, CancellationToken cancellationToken)
    {
        var steps = new List<DeploymentStep>(record.Steps.Count);
        if (settle > TimeSpan.Zero)
            await Task.Delay(settle, time ?? TimeProvider.System, cancellationToken).ConfigureAwait(false);
        try
        {
            for (var i = 0; i < record.Steps.Count; i++)
            {
                var step = record.Steps[i];
                var end = i + 1 < record.Steps.Count ? record.Steps[i + 1].At : record.FinishedAt;
                var traffic = await Task.WhenAll(targetGroups.OrderBy(pair => pair.Key)
                    .Select(pair => ReadAsync(pair.Key, pair.Value, step.At, end, cancellationToken))).ConfigureAwait(false);
                steps.Add(step with { Traffic = traffic });
            }
        }
        catch (Exception error) when (error is HttpRequestException or InvalidOperationException or AwsServiceException)
        {
            warn($"The deployment report has no per-colour traffic: the load balancer metrics could not be read ({error.Message}).");
            return record;
        }
        return record with { Steps = steps };
    }

    private async Task<ColourTraffic> ReadAsync(
        Colour colour, string targetGroup, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var requests = await SumAsync("RequestCount").ConfigureAwait(false);
        // An ALB sends no 5xx data point for a period without errors: none is zero.
        var errors = await SumAsync("HTTPCode_Target_5XX_Count").ConfigureAwait(false);
        var latency = requests == 0 ? null : await metrics.GetValueAsync(
            Query("latency", "TargetResponseTime", latencyStat), start, end, cancellationToken).ConfigureAwait(false);
        return new ColourTraffic(colour, requests, errors, latency, latencyStat);

        async Task<long> SumAsync(string metric) =>
            (long)Math.Round(await metrics.GetValueAsync(Query(metric, metric, "Sum"), start, end, cancellationToken).ConfigureAwait(false) ?? 0);

        MetricQuery Query(string label, string metric, string stat) =>
            new($"{colour.Name()} {label}", [AlbMetricQueries.Metric("m", metric, loadBalancer, targetGroup, stat)]);
    }
}
