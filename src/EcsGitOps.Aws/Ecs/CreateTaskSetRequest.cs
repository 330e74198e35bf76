namespace EcsGitOps.Aws.Ecs;

public sealed record CreateTaskSetRequest
{
    public required string Service { get; init; }

    public required string Cluster { get; init; }

    public string? ExternalId { get; init; }

    public required string TaskDefinition { get; init; }

    public NetworkConfiguration? NetworkConfiguration { get; init; }

    public IReadOnlyList<LoadBalancer>? LoadBalancers { get; init; }

    public IReadOnlyList<ServiceRegistry>? ServiceRegistries { get; init; }

    public string? LaunchType { get; init; }

    public IReadOnlyList<CapacityProviderStrategyItem>? CapacityProviderStrategy { get; init; }

    public string? PlatformVersion { get; init; }

    public Scale? Scale { get; init; }

    public string? ClientToken { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
