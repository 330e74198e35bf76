namespace EcsGitOps.Aws.Ecs;

public sealed record Service
{
    public string? ServiceArn { get; init; }

    public string? ServiceName { get; init; }

    public string? ClusterArn { get; init; }

    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }

    public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }

    public string? Status { get; init; }

    public int? DesiredCount { get; init; }

    public int? RunningCount { get; init; }

    public int? PendingCount { get; init; }

    public string? LaunchType { get; init; }

    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    public string? PlatformVersion { get; init; }

    public string? TaskDefinition { get; init; }

    public DeploymentConfiguration? DeploymentConfiguration { get; init; }

    public IReadOnlyList<TaskSet>? TaskSets { get; init; }

    public IReadOnlyList<Deployment>? Deployments { get; init; }

    public IReadOnlyList<ServiceEvent>? Events { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? CurrentServiceDeployment { get; init; }

    public NetworkConfiguration? NetworkConfiguration { get; init; }

    public DeploymentController? DeploymentController { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
