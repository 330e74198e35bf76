namespace EcsGitOps.Aws.Ecs;

public sealed record DeploymentCircuitBreaker
{
    public bool? Enable { get; init; }

    public bool? Rollback { get; init; }
}
