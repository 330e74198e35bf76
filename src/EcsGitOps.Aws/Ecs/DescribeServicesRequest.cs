namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeServicesRequest
{
    public string? Cluster { get; init; }

    public required IReadOnlyList<string> Services { get; init; }

    public IReadOnlyList<string>? Include { get; init; }
}
