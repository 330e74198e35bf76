namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualRouterServiceProvider
{
    public string? VirtualRouterName { get; init; }
}
