namespace EcsGitOps.Aws.Ecs;

public sealed record DeleteTaskSetResponse
{
    public TaskSet? TaskSet { get; init; }
}
