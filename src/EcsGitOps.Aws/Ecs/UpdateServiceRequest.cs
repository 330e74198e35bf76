namespace EcsGitOps.Aws.Ecs;

public sealed record UpdateServiceRequest
{
    public string? Cluster { get; init; }

    public required string Service { get; init; }

    public int? DesiredCount { get; init; }

    public string? TaskDefinition { get; init; }

    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    public DeploymentConfiguration? DeploymentConfiguration { get; init; }

    public NetworkConfiguration? NetworkConfiguration { get; init; }

    public string? PlatformVersion { get; init; }

    public bool? ForceNewDeployment { get; init; }

    public int? HealthCheckGracePeriodSeconds { get; init; }

    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }

    public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }
}
