namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record TargetHealthDescription
{
    public TargetDescription? Target { get; init; }

    public string? HealthCheckPort { get; init; }

    public TargetHealth? TargetHealth { get; init; }
}
