namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record DescribeTargetHealthRequest
{
    public required string TargetGroupArn { get; init; }

    public IReadOnlyList<TargetDescription>? Targets { get; init; }
}
