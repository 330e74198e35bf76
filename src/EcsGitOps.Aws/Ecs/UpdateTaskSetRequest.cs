namespace EcsGitOps.Aws.Ecs;

public sealed record UpdateTaskSetRequest
{
    public required string Cluster { get; init; }

    public required string Service { get; init; }

    public required string TaskSet { get; init; }

    public required Scale Scale { get; init; }
}
