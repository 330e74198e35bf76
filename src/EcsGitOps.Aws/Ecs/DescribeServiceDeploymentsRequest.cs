namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeServiceDeploymentsRequest
{
    public required IReadOnlyList<string> ServiceDeploymentArns { get; init; }
}
