using System.Text.Json;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Analysis.CloudWatch;
using EcsGitOps.Delivery.Tests.Analysis;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.CloudWatch;

[Collection(TrafficMotoCollection.Name)]
public sealed class CloudWatchMetricSourceTests(TrafficMotoServer moto) : IDisposable
{
    private static readonly DateTimeOffset StepStart = new(2026, 3, 2, 9, 0, 10, TimeSpan.Zero);

    private readonly AwsClients _aws = moto.Clients();
    private readonly string _targetGroup = $"targetgroup/web-green/{Guid.NewGuid():N}"[..38];

    public void Dispose() => _aws.Dispose();

    private MetricQuery Errors(string stat = "Sum") => new("5xx count",
        [new MetricStat("errors", "AWS/ApplicationELB", "HTTPCode_Target_5XX_Count",
            new Dictionary<string, string> { ["TargetGroup"] = _targetGroup }, stat)]);

    private async Task PutErrorsAsync(params (string At, double Value)[] points) =>
        await moto.Cli.JsonAsync("cloudwatch", "put-metric-data", "--namespace", "AWS/ApplicationELB", "--metric-data",
            JsonSerializer.Serialize(points.Select(point => new Dictionary<string, object>
            {
                ["MetricName"] = "HTTPCode_Target_5XX_Count",
                ["Dimensions"] = new[] { new Dictionary<string, string> { ["Name"] = "TargetGroup", ["Value"] = _targetGroup } },
                ["Value"] = point.Value,
                ["Timestamp"] = point.At,
            })));

    [Fact]
    public async Task Sums_a_metric_over_the_step_window_and_leaves_out_data_from_before_it()
    {
        await PutErrorsAsync(("2026-03-02T08:58:00Z", 100), ("2026-03-02T09:00:30Z", 3), ("2026-03-02T09:01:05Z", 4));

        var value = await new CloudWatchMetricSource(_aws.CloudWatch)
            .GetValueAsync(Errors(), StepStart, StepStart.AddMinutes(1), CancellationToken.None);

        Assert.Equal(7, value);
    }

    [Fact]
    public async Task A_window_without_data_points_has_no_value()
    {
        await PutErrorsAsync(("2026-03-02T08:58:00Z", 100));

        var value = await new CloudWatchMetricSource(_aws.CloudWatch)
            .GetValueAsync(Errors(), StepStart, StepStart.AddMinutes(1), CancellationToken.None);

        Assert.Null(value);
    }

    [Fact]
    public async Task The_metric_threshold_check_fails_when_the_sum_is_above_its_maximum()
    {
        await PutErrorsAsync(("2026-03-02T09:00:30Z", 12));
        var check = new MetricThresholdCheck(new CloudWatchMetricSource(_aws.CloudWatch), new MetricThreshold("errors", Errors(), Max: 10));
        var context = Contexts.AtGreen(20) with { WindowStart = StepStart, WindowEnd = StepStart.AddMinutes(1) };

        var result = await check.RunAsync(context, CancellationToken.None);

        Assert.Equal("errors: FAILED (5xx count 12 is above the maximum 10)", result.ToString());
    }

    [Fact]
    public async Task The_error_rate_is_asked_as_two_sums_over_one_period_and_divided_AgainstReplayedCloudWatchResponses()
    {
        using var server = new ReplayedAwsServer().Reply(200, """
            {"MetricDataResults":[
              {"Id":"errors","Label":"HTTPCode_Target_5XX_Count","Timestamps":[1.7724420E9],"Values":[3.0],"StatusCode":"Complete"},
              {"Id":"requests","Label":"RequestCount","Timestamps":[1.7724420E9],"Values":[120.0],"StatusCode":"Complete"}],"Messages":[]}
            """);
        using var aws = server.Clients();
        var query = AlbMetricQueries.ErrorRatePercent("app/web/50dc6c495c0c9188", "targetgroup/web-green/73e2d6bc24d8a067");

        var value = await new CloudWatchMetricSource(aws.CloudWatch)
            .GetValueAsync(query, StepStart, StepStart.AddSeconds(90), CancellationToken.None);

        Assert.Equal(2.5, value);
        var (target, body) = Assert.Single(server.Requests);
        Assert.Equal("GraniteServiceVersion20100801.GetMetricData", target);
        var request = JsonDocument.Parse(body).RootElement;
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds(), request.GetProperty("StartTime").GetDouble());
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 2, 0, TimeSpan.Zero).ToUnixTimeSeconds(), request.GetProperty("EndTime").GetDouble());
        var queries = request.GetProperty("MetricDataQueries").EnumerateArray().ToList();
        Assert.Equal(["errors", "requests"], queries.Select(q => q.GetProperty("Id").GetString()));
        Assert.All(queries, q =>
        {
            Assert.True(q.GetProperty("ReturnData").GetBoolean());
            Assert.False(q.TryGetProperty("Expression", out _));
            Assert.Equal("Sum", q.GetProperty("MetricStat").GetProperty("Stat").GetString());
            Assert.Equal(120, q.GetProperty("MetricStat").GetProperty("Period").GetInt32());
        });
    }

    [Fact]
    public async Task The_error_rate_on_moto_is_0_without_5xx_data_and_no_data_without_requests()
    {
        var loadBalancer = $"app/web/{Guid.NewGuid():N}";
        var query = AlbMetricQueries.ErrorRatePercent(loadBalancer, _targetGroup);
        async Task<double?> RateAsync(DateTimeOffset start) =>
            await new CloudWatchMetricSource(_aws.CloudWatch).GetValueAsync(query, start, start.AddSeconds(30), CancellationToken.None);
        await _aws.CloudWatch.PutMetricDataAsync(new()
        {
            Namespace = "AWS/ApplicationELB",
            MetricData =
            [
                Datum("RequestCount", 40, "2026-03-02T09:00:30Z"), Datum("HTTPCode_Target_5XX_Count", 10, "2026-03-02T09:00:31Z"),
                Datum("RequestCount", 40, "2026-03-02T09:05:30Z"),
            ],
        });

        Assert.Equal(25, await RateAsync(StepStart));
        Assert.Equal(0, await RateAsync(StepStart.AddMinutes(5)));
        Assert.Null(await RateAsync(StepStart.AddMinutes(10)));

        Aws.CloudWatch.MetricDatum Datum(string name, double value, string at) => new()
        {
            MetricName = name, Value = value, Unit = "Count", Timestamp = DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture),
            Dimensions = [new() { Name = "LoadBalancer", Value = loadBalancer }, new() { Name = "TargetGroup", Value = _targetGroup }],
        };
    }

    [Fact]
    public async Task A_percentile_CloudWatch_could_not_compute_is_an_error_naming_the_query_AgainstReplayedCloudWatchResponses()
    {
        using var server = new ReplayedAwsServer().Reply(200, """
            {"MetricDataResults":[{"Id":"latency","Label":"TargetResponseTime","Timestamps":[],"Values":[],"StatusCode":"InternalError",
              "Messages":[{"Code":"InternalError","Value":"Percentile could not be computed"}]}],"Messages":[]}
            """);
        using var aws = server.Clients();
        var query = AlbMetricQueries.P99LatencySeconds("app/web/50dc6c495c0c9188", "targetgroup/web-green/73e2d6bc24d8a067");

        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => new CloudWatchMetricSource(aws.CloudWatch)
            .GetValueAsync(query, StepStart, StepStart.AddMinutes(1), CancellationToken.None));

        Assert.Equal("CloudWatch could not compute p99 latency (s): InternalError (InternalError: Percentile could not be computed)", failed.Message);
    }

    [Theory]
    [InlineData("09:00:10", "09:01:10", "09:00:00", 120)]
    [InlineData("09:00:00", "09:01:00", "09:00:00", 60)]
    [InlineData("09:00:00", "09:00:00", "09:00:00", 60)]
    [InlineData("09:04:59", "09:14:59", "09:04:00", 660)]
    public void One_period_on_whole_minutes_covers_the_step_window(string start, string end, string periodStart, int periodSeconds)
    {
        static DateTimeOffset At(string time) => DateTimeOffset.Parse($"2026-03-02T{time}Z", System.Globalization.CultureInfo.InvariantCulture);

        var window = MetricWindow.Covering(At(start), At(end));

        Assert.Equal(At(periodStart), window.Start);
        Assert.Equal(periodSeconds, window.PeriodSeconds);
        Assert.Equal(window.Start.AddSeconds(periodSeconds), window.End);
    }

    [Theory]
    [InlineData("09:00:10.400", "09:00:15.100", "09:00:10", 6)]
    [InlineData("09:00:10", "09:00:15", "09:00:10", 5)]
    [InlineData("09:00:10", "09:00:10", "09:00:10", 1)]
    public void Per_second_metrics_are_read_over_the_step_window_itself(string start, string end, string periodStart, int periodSeconds)
    {
        static DateTimeOffset At(string time) => DateTimeOffset.Parse($"2026-03-02T{time}Z", System.Globalization.CultureInfo.InvariantCulture);

        var window = MetricWindow.Covering(At(start), At(end), perSecond: true);

        Assert.Equal(At(periodStart), window.Start);
        Assert.Equal(periodSeconds, window.PeriodSeconds);
        Assert.Equal(window.Start.AddSeconds(periodSeconds), window.End);
    }
}
