namespace EcsGitOps.Aws.Ecs;

public sealed record DeploymentLifecycleHook
{
    public string? TargetType { get; init; }

    public string? HookTargetArn { get; init; }

    public string? RoleArn { get; init; }

    public IReadOnlyList<string>? LifecycleStages { get; init; }
}
