namespace EcsGitOps.Aws.Ecs;

public sealed record Deployment
{
    public string? Id { get; init; }

    public string? Status { get; init; }

    public string? TaskDefinition { get; init; }

    public int? DesiredCount { get; init; }

    public int? PendingCount { get; init; }

    public int? RunningCount { get; init; }

    public int? FailedTasks { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public string? LaunchType { get; init; }

    public string? RolloutState { get; init; }

    public string? RolloutStateReason { get; init; }
}
