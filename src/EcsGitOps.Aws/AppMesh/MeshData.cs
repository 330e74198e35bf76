namespace EcsGitOps.Aws.AppMesh;

public sealed record MeshData
{
    public string? MeshName { get; init; }

    public ResourceMetadata? Metadata { get; init; }

    public MeshSpec? Spec { get; init; }

    public MeshStatus? Status { get; init; }
}
