namespace EcsGitOps.Aws.Ecs;

public sealed record ServiceDeployment
{
    public string? ServiceDeploymentArn { get; init; }

    public string? ServiceArn { get; init; }

    public string? ClusterArn { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }

    public IReadOnlyList<ServiceRevisionSummary>? SourceServiceRevisions { get; init; }

    public ServiceRevisionSummary? TargetServiceRevision { get; init; }

    public string? Status { get; init; }

    public string? StatusReason { get; init; }

    public string? LifecycleStage { get; init; }

    public DeploymentConfiguration? DeploymentConfiguration { get; init; }

    public Rollback? Rollback { get; init; }

    public ServiceDeploymentCircuitBreaker? DeploymentCircuitBreaker { get; init; }

    public ServiceDeploymentAlarms? Alarms { get; init; }
}
