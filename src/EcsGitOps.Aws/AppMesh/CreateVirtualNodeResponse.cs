namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateVirtualNodeResponse
{
    public VirtualNodeData? VirtualNode { get; init; }
}
