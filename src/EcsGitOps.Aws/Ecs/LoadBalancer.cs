namespace EcsGitOps.Aws.Ecs;

public sealed record LoadBalancer
{
    public string? TargetGroupArn { get; init; }

    public string? LoadBalancerName { get; init; }

    public string? ContainerName { get; init; }

    public int? ContainerPort { get; init; }
}
