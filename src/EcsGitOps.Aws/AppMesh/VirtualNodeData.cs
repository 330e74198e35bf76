namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualNodeData
{
    public string? MeshName { get; init; }

    public ResourceMetadata? Metadata { get; init; }

    public VirtualNodeSpec? Spec { get; init; }

    public VirtualNodeStatus? Status { get; init; }

    public string? VirtualNodeName { get; init; }
}
