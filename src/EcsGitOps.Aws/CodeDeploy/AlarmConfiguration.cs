namespace EcsGitOps.Aws.CodeDeploy;

public sealed record AlarmConfiguration
{
    public bool? Enabled { get; init; }

    public bool? IgnorePollAlarmFailure { get; init; }

    public IReadOnlyList<Alarm>? Alarms { get; init; }
}
