namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record HttpHeaderConditionConfig
{
    public string? HttpHeaderName { get; init; }

    public IReadOnlyList<string>? Values { get; init; }
}
