namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualServiceData
{
    public string? MeshName { get; init; }

    public ResourceMetadata? Metadata { get; init; }

    public VirtualServiceSpec? Spec { get; init; }

    public VirtualServiceStatus? Status { get; init; }

    public string? VirtualServiceName { get; init; }
}
