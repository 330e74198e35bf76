namespace EcsGitOps.Aws.AppMesh;

public sealed record ServiceDiscovery
{
    public AwsCloudMapServiceDiscovery? AwsCloudMap { get; init; }

    public DnsServiceDiscovery? Dns { get; init; }
}
