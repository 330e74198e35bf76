namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record ModifyRuleResponse
{
    public IReadOnlyList<Rule>? Rules { get; init; }
}
