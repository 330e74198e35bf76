namespace EcsGitOps.Aws.Ecs;

public sealed record ServiceDeploymentBrief
{
    public string? ServiceDeploymentArn { get; init; }

    public string? ServiceArn { get; init; }

    public string? ClusterArn { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public string? TargetServiceRevisionArn { get; init; }

    public string? Status { get; init; }

    public string? StatusReason { get; init; }
}
