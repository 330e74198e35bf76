namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record ModifyRuleRequest
{
    public required string RuleArn { get; init; }

    public IReadOnlyList<RuleCondition>? Conditions { get; init; }

    public IReadOnlyList<ListenerAction>? Actions { get; init; }
}
