namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualNodeServiceProvider
{
    public string? VirtualNodeName { get; init; }
}
