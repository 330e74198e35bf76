namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeTasksRequest
{
    public string? Cluster { get; init; }

    public required IReadOnlyList<string> Tasks { get; init; }

    public IReadOnlyList<string>? Include { get; init; }
}
