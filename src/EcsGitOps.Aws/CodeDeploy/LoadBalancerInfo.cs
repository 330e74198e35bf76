namespace EcsGitOps.Aws.CodeDeploy;

public sealed record LoadBalancerInfo
{
    public IReadOnlyList<TargetGroupPairInfo>? TargetGroupPairInfoList { get; init; }
}
