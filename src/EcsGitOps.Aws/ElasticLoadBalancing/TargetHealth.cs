namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record TargetHealth
{
    public string? State { get; init; }

    public string? Reason { get; init; }

    public string? Description { get; init; }
}
