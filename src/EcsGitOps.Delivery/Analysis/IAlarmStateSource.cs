namespace EcsGitOps.Delivery.Analysis;

/// <summary>Reads alarm states (CloudWatch DescribeAlarms); alarms that do not exist are left out of the answer.</summary>
public interface IAlarmStateSource
{
    Task<IReadOnlyList<AlarmState>> GetStatesAsync(IReadOnlyList<string> alarmNames, CancellationToken cancellationToken);
}
