namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualServiceBackend
{
    public string? VirtualServiceName { get; init; }
}
