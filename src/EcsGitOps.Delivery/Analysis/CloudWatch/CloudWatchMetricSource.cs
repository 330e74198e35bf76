using EcsGitOps.Aws.CloudWatch;
using CloudWatchMetricStat = EcsGitOps.Aws.CloudWatch.MetricStat;

namespace EcsGitOps.Delivery.Analysis.CloudWatch;

/// <summary>Evaluates a metric, a metric math expression or a ratio of two metrics over one step's window with GetMetricData.</summary>
/// <param name="perSecond">The metrics have a data point every second (the local agent's), so a step's window is read
/// exactly instead of by whole minutes.</param>
public sealed class CloudWatchMetricSource(CloudWatchClient cloudWatch, bool perSecond = false) : IMetricSource
{
    private const string ExpressionId = "result";

    public async Task<double?> GetValueAsync(
        MetricQuery query, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var window = MetricWindow.Covering(start, end, perSecond);
        var (queries, answerId) = Queries(query, window.PeriodSeconds);
        var response = await cloudWatch.GetMetricDataAsync(new GetMetricDataRequest
        {
            MetricDataQueries = queries,
            StartTime = window.Start,
            EndTime = window.End,
        }, cancellationToken).ConfigureAwait(false);
        if (query.Ratio is { } ratio)
        {
            var part = Value(query, response, ratio.PartId) ?? 0;
            return Value(query, response, ratio.WholeId) is { } whole and not 0 ? 100 * part / whole : null;
        }
        return Value(query, response, answerId);
    }

    private static double? Value(MetricQuery query, GetMetricDataResponse response, string id)
    {
        var answer = response.MetricDataResults?.FirstOrDefault(result => result.Id == id);
        if (answer?.StatusCode is not (null or "Complete" or "PartialData"))
            throw new InvalidOperationException(
                $"CloudWatch could not compute {query.Label}: {answer.StatusCode}{Messages(answer.Messages ?? response.Messages)}");
        // Results come newest first; one period gives one value.
        return answer?.Values is [var value, ..] ? value : null;
    }

    private static (List<MetricDataQuery> Queries, string AnswerId) Queries(MetricQuery query, int period)
    {
        if (query.Expression is null && query.Ratio is null && query.Metrics.Count != 1)
            throw new ArgumentException(
                $"Metric query '{query.Label}' has {query.Metrics.Count} metrics and no expression or ratio to combine them into one value.");
        var queries = query.Metrics.Select(metric => new MetricDataQuery
        {
            Id = metric.Id,
            MetricStat = new CloudWatchMetricStat
            {
                Metric = new Metric
                {
                    Namespace = metric.Namespace,
                    MetricName = metric.MetricName,
                    Dimensions = metric.Dimensions.Select(d => new Dimension { Name = d.Key, Value = d.Value }).ToList(),
                },
                Period = period,
                Stat = metric.Stat,
            },
            ReturnData = query.Expression is null,
        }).ToList();
        if (query.Ratio is { } ratio)
            return (queries, ratio.WholeId);
        if (query.Expression is null)
            return (queries, query.Metrics[0].Id);
        queries.Add(new MetricDataQuery { Id = ExpressionId, Expression = query.Expression, Label = query.Label });
        return (queries, ExpressionId);
    }

    private static string Messages(IReadOnlyList<MessageData>? messages) =>
        messages is { Count: > 0 }
            ? " (" + string.Join("; ", messages.Select(m => $"{m.Code}: {m.Value}")) + ")"
            : "";
}
