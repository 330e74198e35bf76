namespace EcsGitOps.Aws.AppMesh;

public sealed record HttpRouteMatch
{
    public string? Method { get; init; }

    public int? Port { get; init; }

    public string? Prefix { get; init; }

    public string? Scheme { get; init; }
}
