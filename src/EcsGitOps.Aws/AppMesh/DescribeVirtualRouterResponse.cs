namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeVirtualRouterResponse
{
    public VirtualRouterData? VirtualRouter { get; init; }
}
