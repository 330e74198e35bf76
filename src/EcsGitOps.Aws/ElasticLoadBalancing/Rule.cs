namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record Rule
{
    public string? RuleArn { get; init; }

    public string? Priority { get; init; }

    public IReadOnlyList<RuleCondition>? Conditions { get; init; }

    public IReadOnlyList<ListenerAction>? Actions { get; init; }

    public bool? IsDefault { get; init; }
}
