namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualRouterSpec
{
    public IReadOnlyList<VirtualRouterListener>? Listeners { get; init; }
}
