namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualRouterStatus
{
    public string? Status { get; init; }
}
