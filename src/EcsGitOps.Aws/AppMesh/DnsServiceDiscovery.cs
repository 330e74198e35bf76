namespace EcsGitOps.Aws.AppMesh;

public sealed record DnsServiceDiscovery
{
    public string? Hostname { get; init; }

    public string? IpPreference { get; init; }

    public string? ResponseType { get; init; }
}
