namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record TargetGroupStickinessConfig
{
    public bool? Enabled { get; init; }

    public int? DurationSeconds { get; init; }
}
