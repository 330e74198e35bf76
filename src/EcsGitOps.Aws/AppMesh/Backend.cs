namespace EcsGitOps.Aws.AppMesh;

public sealed record Backend
{
    public VirtualServiceBackend? VirtualService { get; init; }
}
