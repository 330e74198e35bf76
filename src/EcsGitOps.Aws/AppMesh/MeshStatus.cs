namespace EcsGitOps.Aws.AppMesh;

public sealed record MeshStatus
{
    public string? Status { get; init; }
}
