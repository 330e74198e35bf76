namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record DescribeListenersRequest
{
    public string? LoadBalancerArn { get; init; }

    public IReadOnlyList<string>? ListenerArns { get; init; }

    public string? Marker { get; init; }

    public int? PageSize { get; init; }
}
