namespace EcsGitOps.Aws.Ecs;

public sealed record DeleteTaskSetRequest
{
    public required string Cluster { get; init; }

    public required string Service { get; init; }

    public required string TaskSet { get; init; }

    public bool? Force { get; init; }
}
