namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record RuleCondition
{
    public string? Field { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public HostHeaderConditionConfig? HostHeaderConfig { get; init; }

    public PathPatternConditionConfig? PathPatternConfig { get; init; }

    public HttpHeaderConditionConfig? HttpHeaderConfig { get; init; }
}
