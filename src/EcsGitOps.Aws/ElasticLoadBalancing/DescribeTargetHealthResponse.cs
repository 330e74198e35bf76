namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record DescribeTargetHealthResponse
{
    public IReadOnlyList<TargetHealthDescription>? TargetHealthDescriptions { get; init; }
}
