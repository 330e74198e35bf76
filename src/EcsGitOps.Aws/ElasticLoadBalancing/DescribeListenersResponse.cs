namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record DescribeListenersResponse
{
    public IReadOnlyList<Listener>? Listeners { get; init; }

    public string? NextMarker { get; init; }
}
