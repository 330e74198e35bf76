namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualRouterData
{
    public string? MeshName { get; init; }

    public ResourceMetadata? Metadata { get; init; }

    public VirtualRouterSpec? Spec { get; init; }

    public VirtualRouterStatus? Status { get; init; }

    public string? VirtualRouterName { get; init; }
}
