namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeTaskSetsRequest
{
    public required string Cluster { get; init; }

    public required string Service { get; init; }

    public IReadOnlyList<string>? TaskSets { get; init; }

    public IReadOnlyList<string>? Include { get; init; }
}
