namespace EcsGitOps.Aws.AppMesh;

public sealed record ResourceMetadata
{
    public string? Arn { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? LastUpdatedAt { get; init; }

    public string? MeshOwner { get; init; }

    public string? ResourceOwner { get; init; }

    public string? Uid { get; init; }

    public long? Version { get; init; }
}
