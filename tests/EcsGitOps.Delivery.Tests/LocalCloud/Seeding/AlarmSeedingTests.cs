using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Seeding;

[Collection(MotoCollection.Name)]
public sealed class AlarmSeedingTests(MotoServer moto) : IDisposable
{
    readonly SeedingCloud cloud = new(moto);

    string Alarm(string suffix) => $"{cloud.Environment}-sample-api-{suffix}";

    [Fact]
    public async Task Seeding_infra_monitoring_yaml_puts_the_three_deployment_gate_alarms()
    {
        var summary = await cloud.SeedAsync(cloud.Monitoring);

        Assert.Equal(["Target5xxRateAlarm", "P99LatencyAlarm", "UnhealthyHostsAlarm"], summary.Created.Select(r => r.LogicalId));
        Assert.Equal([Alarm("target-5xx-rate"), Alarm("p99-latency"), Alarm("unhealthy-hosts")], summary.Created.Select(r => r.Name));
        Assert.Empty(summary.NotSeeded);
    }

    [Fact]
    public async Task A_statistic_alarm_reads_back_with_its_metric_dimension_percentile_and_thresholds()
    {
        await cloud.SeedAsync(cloud.Monitoring);

        var alarm = await DescribeAsync(Alarm("p99-latency"));

        Assert.Equal(("AWS/ApplicationELB", "TargetResponseTime", "p99"), (alarm.Namespace, alarm.MetricName, alarm.ExtendedStatistic));
        Assert.Equal(("LoadBalancer", cloud.LoadBalancerFullName), (alarm.Dimensions![0].Name, alarm.Dimensions[0].Value));
        Assert.Equal((60, 3, 2), (alarm.Period, alarm.EvaluationPeriods, alarm.DatapointsToAlarm));
        Assert.Equal((1.0, "GreaterThanThreshold", "notBreaching"), (alarm.Threshold, alarm.ComparisonOperator, alarm.TreatMissingData));
        Assert.Equal("p99 response time of sample-api above 1 s", alarm.AlarmDescription);
    }

    [Fact]
    public async Task A_metric_math_alarm_reads_back_with_its_expression_and_metric_queries()
    {
        await cloud.SeedAsync(cloud.Monitoring);

        var alarm = await DescribeAsync(Alarm("target-5xx-rate"));

        Assert.Equal(["rate", "requests", "errors"], alarm.Metrics!.Select(m => m.Id));
        Assert.Equal(("IF(requests > 0, 100 * errors / requests, 0)", true), (alarm.Metrics![0].Expression, alarm.Metrics[0].ReturnData));
        var errors = alarm.Metrics[2].MetricStat!;
        Assert.Equal(("HTTPCode_Target_5XX_Count", "Sum", 60), (errors.Metric!.MetricName, errors.Stat, errors.Period));
        Assert.Equal(cloud.LoadBalancerFullName, Assert.Single(errors.Metric.Dimensions!).Value);
        Assert.Equal(5.0, alarm.Threshold);
    }

    [Fact]
    public async Task The_seeded_alarms_read_back_through_the_aws_cli()
    {
        await cloud.SeedAsync(cloud.Monitoring);

        var answer = await cloud.Cli.JsonAsync("cloudwatch", "describe-alarms", "--alarm-name-prefix", $"{cloud.Environment}-");

        var alarms = answer.GetProperty("MetricAlarms").EnumerateArray().ToDictionary(a => a.GetProperty("AlarmName").GetString()!);
        Assert.Equal([Alarm("p99-latency"), Alarm("target-5xx-rate"), Alarm("unhealthy-hosts")], alarms.Keys.Order());
        var unhealthy = alarms[Alarm("unhealthy-hosts")];
        Assert.Equal("MAX([blue, green])", unhealthy.GetProperty("Metrics")[0].GetProperty("Expression").GetString());
        Assert.Equal(["LoadBalancer", "TargetGroup"], unhealthy.GetProperty("Metrics")[1].GetProperty("MetricStat").GetProperty("Metric")
            .GetProperty("Dimensions").EnumerateArray().Select(d => d.GetProperty("Name").GetString()));
        Assert.Equal("p99", alarms[Alarm("p99-latency")].GetProperty("ExtendedStatistic").GetString());
    }

    [Fact]
    public async Task Seeding_again_finds_the_alarms_and_keeps_the_state_a_gate_set()
    {
        await cloud.SeedAsync(cloud.Monitoring);
        await cloud.Aws.CloudWatch.SetAlarmStateAsync(new()
        {
            AlarmName = Alarm("target-5xx-rate"), StateValue = "ALARM", StateReason = "5xx rate above 5% on green",
        });

        var again = await cloud.SeedAsync(cloud.Monitoring);

        Assert.Empty(again.Created);
        Assert.Equal(3, again.AlreadySeeded.Count);
        Assert.Equal("ALARM", (await DescribeAsync(Alarm("target-5xx-rate"))).StateValue);
    }

    [Fact]
    public async Task An_import_no_deployed_stack_exports_fails_naming_template_resource_and_expression()
    {
        var exports = cloud.Exports.Where(e => !e.Key.EndsWith("-LoadBalancerFullName")).ToDictionary();

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() => cloud.SeedAsync(exports, cloud.Monitoring));

        Assert.Equal(
            $"{RepositoryPaths.Infra("monitoring.yaml")}: resource Target5xxRateAlarm, Properties.Metrics[1].MetricStat.Metric.Dimensions[0].Value: "
            + "cannot resolve !ImportValue !Sub \"${EnvironmentName}-LoadBalancerFullName\": "
            + $"no export named {cloud.Environment}-LoadBalancerFullName was given: deploy the stack that exports it first and pass the exports to seeding",
            error.Message);
        Assert.Empty((await cloud.Aws.CloudWatch.DescribeAlarmsAsync(new() { AlarmNamePrefix = $"{cloud.Environment}-" })).MetricAlarms ?? []);
    }

    async Task<MetricAlarm> DescribeAsync(string name) =>
        Assert.Single((await cloud.Aws.CloudWatch.DescribeAlarmsAsync(new() { AlarmNames = [name] })).MetricAlarms!);

    public void Dispose() => cloud.Dispose();
}
