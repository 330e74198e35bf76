namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeTaskSetsResponse
{
    public IReadOnlyList<TaskSet>? TaskSets { get; init; }

    public IReadOnlyList<Failure>? Failures { get; init; }
}
