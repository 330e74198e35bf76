namespace EcsGitOps.Aws.Ecs;

public sealed record UpdateServicePrimaryTaskSetResponse
{
    public TaskSet? TaskSet { get; init; }
}
