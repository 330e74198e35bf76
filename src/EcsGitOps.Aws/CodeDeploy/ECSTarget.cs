namespace EcsGitOps.Aws.CodeDeploy;

public sealed record ECSTarget
{
    public string? DeploymentId { get; init; }

    public string? TargetId { get; init; }

    public string? TargetArn { get; init; }

    public DateTimeOffset? LastUpdatedAt { get; init; }

    public IReadOnlyList<LifecycleEvent>? LifecycleEvents { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<ECSTaskSet>? TaskSetsInfo { get; init; }
}
