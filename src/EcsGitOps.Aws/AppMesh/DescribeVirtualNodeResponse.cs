namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeVirtualNodeResponse
{
    public VirtualNodeData? VirtualNode { get; init; }
}
