namespace EcsGitOps.Aws.Ecs;

public sealed record CreateTaskSetResponse
{
    public TaskSet? TaskSet { get; init; }
}
