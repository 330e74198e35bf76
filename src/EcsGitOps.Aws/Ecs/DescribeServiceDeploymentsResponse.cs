namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeServiceDeploymentsResponse
{
    public IReadOnlyList<ServiceDeployment>? ServiceDeployments { get; init; }

    public IReadOnlyList<Failure>? Failures { get; init; }
}
