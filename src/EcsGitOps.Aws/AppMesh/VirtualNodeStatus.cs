namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualNodeStatus
{
    public string? Status { get; init; }
}
