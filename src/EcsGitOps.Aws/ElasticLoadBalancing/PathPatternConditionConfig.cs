namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record PathPatternConditionConfig
{
    public IReadOnlyList<string>? Values { get; init; }
}
