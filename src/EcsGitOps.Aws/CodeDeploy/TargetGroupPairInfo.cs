namespace EcsGitOps.Aws.CodeDeploy;

public sealed record TargetGroupPairInfo
{
    public IReadOnlyList<TargetGroupInfo>? TargetGroups { get; init; }

    public TrafficRoute? ProdTrafficRoute { get; init; }

    public TrafficRoute? TestTrafficRoute { get; init; }
}
