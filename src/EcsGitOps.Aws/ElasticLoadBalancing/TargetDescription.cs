namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record TargetDescription
{
    public string? Id { get; init; }

    public int? Port { get; init; }

    public string? AvailabilityZone { get; init; }
}
