namespace EcsGitOps.Aws.Ecs;

public sealed record DeploymentAlarms
{
    public IReadOnlyList<string>? AlarmNames { get; init; }

    public bool? Rollback { get; init; }

    public bool? Enable { get; init; }
}
