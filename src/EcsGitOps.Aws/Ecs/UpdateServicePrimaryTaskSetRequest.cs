namespace EcsGitOps.Aws.Ecs;

public sealed record UpdateServicePrimaryTaskSetRequest
{
    public required string Cluster { get; init; }

    public required string Service { get; init; }

    public required string PrimaryTaskSet { get; init; }
}
