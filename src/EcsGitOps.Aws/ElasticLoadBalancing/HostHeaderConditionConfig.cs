namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record HostHeaderConditionConfig
{
    public IReadOnlyList<string>? Values { get; init; }
}
