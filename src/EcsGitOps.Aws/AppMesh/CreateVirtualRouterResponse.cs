namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateVirtualRouterResponse
{
    public VirtualRouterData? VirtualRouter { get; init; }
}
