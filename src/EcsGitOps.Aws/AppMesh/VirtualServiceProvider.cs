namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualServiceProvider
{
    public VirtualNodeServiceProvider? VirtualNode { get; init; }

    public VirtualRouterServiceProvider? VirtualRouter { get; init; }
}
