using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.CloudWatch;

[Collection(MotoCollection.Name)]
public sealed class CloudWatchClientTests(MotoServer moto) : IAsyncLifetime
{
    readonly AwsClients aws = moto.CreateClients();

    public Task InitializeAsync() => moto.ResetAsync();

    public Task DisposeAsync()
    {
        aws.Dispose();
        return Task.CompletedTask;
    }

    Task PutFiveHundredsAlarmAsync() => aws.CloudWatch.PutMetricAlarmAsync(new()
    {
        AlarmName = "web-5xx", Namespace = "AWS/ApplicationELB", MetricName = "HTTPCode_Target_5XX_Count", Statistic = "Sum",
        Dimensions = [new Dimension { Name = "LoadBalancer", Value = "app/web/bb25fa559df4bf64" }],
        Period = 60, EvaluationPeriods = 1, Threshold = 5, ComparisonOperator = "GreaterThanOrEqualToThreshold", TreatMissingData = "notBreaching",
    });

    [Fact]
    public async Task An_alarm_put_and_forced_into_ALARM_is_described_so_by_both_clients()
    {
        await PutFiveHundredsAlarmAsync();

        await aws.CloudWatch.SetAlarmStateAsync(new() { AlarmName = "web-5xx", StateValue = "ALARM", StateReason = "forced by a test" });
        var alarms = new List<MetricAlarm>();
        await foreach (var alarm in aws.CloudWatch.ListAllMetricAlarmsAsync(new() { AlarmNames = ["web-5xx"] }))
            alarms.Add(alarm);

        var described = Assert.Single(alarms);
        Assert.Equal(("ALARM", 5.0, "LoadBalancer"), (described.StateValue, described.Threshold!.Value, described.Dimensions![0].Name));
        Assert.NotNull(described.StateUpdatedTimestamp);
        var cli = await moto.Cli.RunAsync("cloudwatch", "describe-alarms", "--alarm-names", "web-5xx");
        Assert.Equal("ALARM", cli.GetProperty("MetricAlarms")[0].GetProperty("StateValue").GetString());
    }

    [Fact]
    public async Task GetMetricData_sums_datapoints_the_AWS_CLI_put()
    {
        // moto keeps datapoints of any age, so a pinned instant stands in for the clock.
        var now = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        await moto.Cli.RunAsync("cloudwatch", "put-metric-data", "--namespace", "EcsGitOps/Tests", "--metric-name", "Errors",
            "--value", "3", "--timestamp", now.AddMinutes(-2).ToString("O"));
        await moto.Cli.RunAsync("cloudwatch", "put-metric-data", "--namespace", "EcsGitOps/Tests", "--metric-name", "Errors",
            "--value", "4", "--timestamp", now.AddMinutes(-2).ToString("O"));

        var data = await aws.CloudWatch.GetMetricDataAsync(new()
        {
            StartTime = now.AddMinutes(-10), EndTime = now.AddMinutes(1),
            MetricDataQueries =
            [
                new MetricDataQuery
                {
                    Id = "errors", ReturnData = true,
                    MetricStat = new MetricStat { Metric = new Metric { Namespace = "EcsGitOps/Tests", MetricName = "Errors" }, Period = 600, Stat = "Sum" },
                },
            ],
        });

        var result = Assert.Single(data.MetricDataResults!);
        Assert.Equal("errors", result.Id);
        Assert.Equal(7.0, result.Values!.Sum());
    }

    [Fact]
    public async Task Statistic_sets_put_with_PutMetricData_are_summed_and_their_maximum_kept_by_GetMetricData()
    {
        var now = DateTimeOffset.UtcNow;
        Dimension[] dimensions = [new() { Name = "LoadBalancer", Value = "app/web/1" }, new() { Name = "TargetGroup", Value = "targetgroup/blue/2" }];
        await aws.CloudWatch.PutMetricDataAsync(new()
        {
            Namespace = "AWS/ApplicationELB",
            MetricData =
            [
                new MetricDatum { MetricName = "RequestCount", Dimensions = dimensions, Timestamp = now.AddSeconds(-20), Value = 5, Unit = "Count" },
                new MetricDatum { MetricName = "RequestCount", Dimensions = dimensions, Timestamp = now.AddSeconds(-10), Value = 7, Unit = "Count" },
                new MetricDatum
                {
                    MetricName = "TargetResponseTime", Dimensions = dimensions, Timestamp = now.AddSeconds(-10), Unit = "Seconds",
                    StatisticValues = new StatisticSet { SampleCount = 7, Sum = 0.7, Minimum = 0.01, Maximum = 0.4 },
                },
            ],
        });

        MetricDataQuery Query(string id, string name, string stat) => new()
        {
            Id = id, ReturnData = true,
            MetricStat = new MetricStat { Metric = new Metric { Namespace = "AWS/ApplicationELB", MetricName = name, Dimensions = dimensions }, Period = 600, Stat = stat },
        };
        var data = await aws.CloudWatch.GetMetricDataAsync(new()
        {
            StartTime = now.AddMinutes(-5), EndTime = now.AddMinutes(1),
            MetricDataQueries = [Query("requests", "RequestCount", "Sum"), Query("latency", "TargetResponseTime", "Maximum")],
        });

        Assert.Equal(12.0, data.MetricDataResults!.Single(r => r.Id == "requests").Values!.Sum());
        Assert.Equal(0.4, data.MetricDataResults!.Single(r => r.Id == "latency").Values!.Single());
    }

    [Fact]
    public async Task Alarms_are_paged_with_NextToken_AgainstReplayedCloudWatchResponses()
    {
        using var server = new ReplayServer();
        server.Reply(200, """{"MetricAlarms":[{"AlarmName":"a","StateValue":"OK","StateUpdatedTimestamp":1.764266836E9}],"NextToken":"t2"}""", "application/x-amz-json-1.0")
              .Reply(200, """{"MetricAlarms":[{"AlarmName":"b","StateValue":"INSUFFICIENT_DATA"}],"CompositeAlarms":[]}""", "application/x-amz-json-1.0");
        using var replayed = new AwsClients(server.Options());

        var names = new List<string>();
        await foreach (var alarm in replayed.CloudWatch.ListAllMetricAlarmsAsync(new() { AlarmNamePrefix = "" }))
            names.Add(alarm.AlarmName!);

        Assert.Equal(["a", "b"], names);
        var requests = server.Requests.ToArray();
        Assert.Equal("GraniteServiceVersion20100801.DescribeAlarms", requests[0].Target);
        Assert.Equal("application/x-amz-json-1.0", requests[0].Headers["Content-Type"]);
        Assert.Contains("\"NextToken\":\"t2\"", requests[1].Body);
    }
}
