namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateMeshResponse
{
    public MeshData? Mesh { get; init; }
}
