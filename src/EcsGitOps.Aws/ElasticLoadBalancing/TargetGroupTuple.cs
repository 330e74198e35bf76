namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record TargetGroupTuple
{
    public string? TargetGroupArn { get; init; }

    public int? Weight { get; init; }
}
