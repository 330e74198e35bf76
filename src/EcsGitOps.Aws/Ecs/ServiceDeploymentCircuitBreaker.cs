namespace EcsGitOps.Aws.Ecs;

public sealed record ServiceDeploymentCircuitBreaker
{
    public string? Status { get; init; }

    public int? FailureCount { get; init; }

    public int? Threshold { get; init; }
}
