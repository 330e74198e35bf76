namespace EcsGitOps.Delivery.Analysis;

/// <summary>CloudWatch's StateValue: OK, ALARM, INSUFFICIENT_DATA.</summary>
public enum AlarmStateValue
{
    Ok,
    Alarm,
    InsufficientData,
}
