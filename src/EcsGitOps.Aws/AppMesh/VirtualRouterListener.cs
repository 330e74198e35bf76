namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualRouterListener
{
    public PortMapping? PortMapping { get; init; }
}
