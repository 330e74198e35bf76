namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeVirtualServiceResponse
{
    public VirtualServiceData? VirtualService { get; init; }
}
