namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record DescribeRulesResponse
{
    public IReadOnlyList<Rule>? Rules { get; init; }

    public string? NextMarker { get; init; }
}
