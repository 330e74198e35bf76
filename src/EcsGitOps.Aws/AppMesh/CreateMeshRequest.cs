namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateMeshRequest
{
    public string? ClientToken { get; init; }

    public required string MeshName { get; init; }

    public MeshSpec? Spec { get; init; }

    public IReadOnlyList<TagRef>? Tags { get; init; }
}
