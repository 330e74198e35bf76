using EcsGitOps.Aws.CloudWatch;

namespace EcsGitOps.Delivery.Analysis.CloudWatch;

/// <summary>Reads metric and composite alarm states with DescribeAlarms; names CloudWatch does not know are left out.</summary>
public sealed class CloudWatchAlarmSource(CloudWatchClient cloudWatch) : IAlarmStateSource
{
    // DescribeAlarms accepts at most 100 names in one call.
    private const int NamesPerCall = 100;

    public async Task<IReadOnlyList<AlarmState>> GetStatesAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken)
    {
        var states = new List<AlarmState>();
        // Without names DescribeAlarms answers with every alarm of the account.
        foreach (var names in alarmNames.Distinct(StringComparer.Ordinal).Chunk(NamesPerCall))
        {
            var request = new DescribeAlarmsRequest { AlarmNames = names, AlarmTypes = ["MetricAlarm", "CompositeAlarm"] };
            do
            {
                var page = await cloudWatch.DescribeAlarmsAsync(request, cancellationToken).ConfigureAwait(false);
                states.AddRange((page.MetricAlarms ?? []).Select(alarm => State(alarm.AlarmName, alarm.StateValue, alarm.StateReason)));
                states.AddRange((page.CompositeAlarms ?? []).Select(alarm => State(alarm.AlarmName, alarm.StateValue, alarm.StateReason)));
                request = request with { NextToken = page.NextToken };
            }
            while (request.NextToken is not null);
        }
        return states;
    }

    private static AlarmState State(string? name, string? value, string? reason) => new(
        name ?? "",
        value switch
        {
            "OK" => AlarmStateValue.Ok,
            "ALARM" => AlarmStateValue.Alarm,
            "INSUFFICIENT_DATA" => AlarmStateValue.InsufficientData,
            _ => throw new InvalidOperationException(
                $"CloudWatch alarm {name} is in state '{value}', which is not OK, ALARM or INSUFFICIENT_DATA."),
        },
        reason ?? "");
}
