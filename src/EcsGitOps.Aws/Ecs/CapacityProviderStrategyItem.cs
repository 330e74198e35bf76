namespace EcsGitOps.Aws.Ecs;

public sealed record CapacityProviderStrategyItem
{
    public string? CapacityProvider { get; init; }

    public int? Weight { get; init; }

    public int? Base { get; init; }
}
