namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualNodeSpec
{
    public IReadOnlyList<Backend>? Backends { get; init; }

    public IReadOnlyList<Listener>? Listeners { get; init; }

    public ServiceDiscovery? ServiceDiscovery { get; init; }
}
