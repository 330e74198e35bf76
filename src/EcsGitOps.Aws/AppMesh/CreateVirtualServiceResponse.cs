namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateVirtualServiceResponse
{
    public VirtualServiceData? VirtualService { get; init; }
}
