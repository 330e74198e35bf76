namespace EcsGitOps.Aws.Ecs;

public sealed record ListServiceDeploymentsResponse
{
    public IReadOnlyList<ServiceDeploymentBrief>? ServiceDeployments { get; init; }

    public string? NextToken { get; init; }
}
