namespace EcsGitOps.Aws.Ecs;

public sealed record UpdateTaskSetResponse
{
    public TaskSet? TaskSet { get; init; }
}
