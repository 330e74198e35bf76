using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Analysis.CloudWatch;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Tests.Analysis;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;

namespace EcsGitOps.Delivery.Tests.CloudWatch;

[Collection(TrafficMotoCollection.Name)]
public sealed class CloudWatchAlarmSourceTests(TrafficMotoServer moto) : IDisposable
{
    private readonly AwsClients _aws = moto.Clients();
    private readonly string _prefix = $"web-{Guid.NewGuid():N}"[..12];

    public void Dispose() => _aws.Dispose();

    private async Task<string> AlarmAsync(string name, string? state = null)
    {
        var alarm = $"{_prefix}-{name}";
        await _aws.CloudWatch.PutMetricAlarmAsync(new PutMetricAlarmRequest
        {
            AlarmName = alarm,
            Namespace = "AWS/ApplicationELB",
            MetricName = "HTTPCode_Target_5XX_Count",
            Statistic = "Sum",
            Period = 60,
            EvaluationPeriods = 1,
            Threshold = 5,
            ComparisonOperator = "GreaterThanThreshold",
        });
        if (state is not null)
            await _aws.CloudWatch.SetAlarmStateAsync(new SetAlarmStateRequest { AlarmName = alarm, StateValue = state, StateReason = $"{name} forced" });
        return alarm;
    }

    [Fact]
    public async Task Reads_the_state_and_reason_of_every_named_alarm()
    {
        var errors = await AlarmAsync("5xx", "ALARM");
        var latency = await AlarmAsync("p99", "INSUFFICIENT_DATA");
        var healthy = await AlarmAsync("healthy", "OK");

        var states = await new CloudWatchAlarmSource(_aws.CloudWatch).GetStatesAsync([errors, latency, healthy], CancellationToken.None);

        Assert.Equal(
            [
                new AlarmState(errors, AlarmStateValue.Alarm, "5xx forced"),
                new AlarmState(healthy, AlarmStateValue.Ok, "healthy forced"),
                new AlarmState(latency, AlarmStateValue.InsufficientData, "p99 forced"),
            ],
            states.OrderBy(state => state.Name, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Names_CloudWatch_does_not_know_are_left_out_and_no_names_read_no_alarms()
    {
        var errors = await AlarmAsync("5xx");
        var source = new CloudWatchAlarmSource(_aws.CloudWatch);

        var states = await source.GetStatesAsync([errors, $"{_prefix}-missing", errors], CancellationToken.None);

        Assert.Equal(errors, Assert.Single(states).Name);
        Assert.Empty(await source.GetStatesAsync([], CancellationToken.None));
    }

    [Fact]
    public async Task The_alarm_check_refuses_a_missing_alarm_by_its_name_as_bad_input()
    {
        var errors = await AlarmAsync("5xx");
        var check = new AlarmCheck(new CloudWatchAlarmSource(_aws.CloudWatch), [errors, $"{_prefix}-5xxx"]);

        var refused = await Assert.ThrowsAsync<InvalidOptionException>(() => check.EnsureAlarmsExistAsync(CancellationToken.None));

        Assert.Equal($"--alarms {_prefix}-5xxx: no CloudWatch alarm has this name; create it or fix the name", refused.Message);
    }

    [Fact]
    public async Task The_alarm_check_fails_on_an_alarm_in_ALARM_naming_it_and_its_reason()
    {
        var errors = await AlarmAsync("5xx", "ALARM");
        var healthy = await AlarmAsync("healthy");
        var check = new AlarmCheck(new CloudWatchAlarmSource(_aws.CloudWatch), [healthy, errors]);

        var result = await check.RunAsync(Contexts.AtGreen(20), CancellationToken.None);

        Assert.False(result.Passed);
        Assert.Equal($"{errors} is ALARM: 5xx forced", result.Detail);
    }
}
