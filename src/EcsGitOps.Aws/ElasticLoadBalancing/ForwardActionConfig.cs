namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record ForwardActionConfig
{
    public IReadOnlyList<TargetGroupTuple>? TargetGroups { get; init; }

    public TargetGroupStickinessConfig? TargetGroupStickinessConfig { get; init; }
}
