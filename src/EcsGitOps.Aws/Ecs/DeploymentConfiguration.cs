namespace EcsGitOps.Aws.Ecs;

public sealed record DeploymentConfiguration
{
    public DeploymentCircuitBreaker? DeploymentCircuitBreaker { get; init; }

    public int? MaximumPercent { get; init; }

    public int? MinimumHealthyPercent { get; init; }

    public DeploymentAlarms? Alarms { get; init; }

    public string? Strategy { get; init; }

    public int? BakeTimeInMinutes { get; init; }

    public IReadOnlyList<DeploymentLifecycleHook>? LifecycleHooks { get; init; }

    public LinearConfiguration? LinearConfiguration { get; init; }

    public CanaryConfiguration? CanaryConfiguration { get; init; }
}
