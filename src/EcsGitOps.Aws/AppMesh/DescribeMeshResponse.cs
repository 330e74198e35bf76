namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeMeshResponse
{
    public MeshData? Mesh { get; init; }
}
