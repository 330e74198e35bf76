namespace EcsGitOps.Aws.Ecs;

public sealed record ServiceDeploymentAlarms
{
    public string? Status { get; init; }

    public IReadOnlyList<string>? AlarmNames { get; init; }

    public IReadOnlyList<string>? TriggeredAlarmNames { get; init; }
}
