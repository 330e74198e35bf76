namespace EcsGitOps.Aws.AppMesh;

public sealed record PortMapping
{
    public int? Port { get; init; }

    public string? Protocol { get; init; }
}
