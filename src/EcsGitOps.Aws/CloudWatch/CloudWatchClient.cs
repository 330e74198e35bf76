using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.CloudWatch;

/// <summary>Amazon CloudWatch (JSON 1.0, query-compatible errors): alarms and metric data for analysis gates, and the
/// local data plane's load balancer metrics.</summary>
public sealed class CloudWatchClient
{
    readonly JsonProtocol protocol;

    internal CloudWatchClient(JsonProtocol protocol) => this.protocol = protocol;

    static CloudWatchJsonContext Json => CloudWatchJsonContext.Default;

    public Task<DescribeAlarmsResponse> DescribeAlarmsAsync(DescribeAlarmsRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeAlarms", request, Json.DescribeAlarmsRequest, Json.DescribeAlarmsResponse, ct);

    public IAsyncEnumerable<MetricAlarm> ListAllMetricAlarmsAsync(DescribeAlarmsRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeAlarmsAsync, r => r.MetricAlarms, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task<GetMetricDataResponse> GetMetricDataAsync(GetMetricDataRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("GetMetricData", request, Json.GetMetricDataRequest, Json.GetMetricDataResponse, ct);

    public IAsyncEnumerable<MetricDataResult> ListAllMetricDataResultsAsync(GetMetricDataRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, GetMetricDataAsync, r => r.MetricDataResults, r => r.NextToken, (q, token) => q with { NextToken = token }, ct);

    public Task PutMetricAlarmAsync(PutMetricAlarmRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("PutMetricAlarm", request, Json.PutMetricAlarmRequest, Json.JsonElement, ct);

    public Task SetAlarmStateAsync(SetAlarmStateRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("SetAlarmState", request, Json.SetAlarmStateRequest, Json.JsonElement, ct);

    /// <summary>At most 1,000 data points per call; CloudWatch answers 413 above 1 MB.</summary>
    public Task PutMetricDataAsync(PutMetricDataRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("PutMetricData", request, Json.PutMetricDataRequest, Json.JsonElement, ct);
}
