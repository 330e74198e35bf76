namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record DescribeRulesRequest
{
    public string? ListenerArn { get; init; }

    public IReadOnlyList<string>? RuleArns { get; init; }

    public string? Marker { get; init; }

    public int? PageSize { get; init; }
}
