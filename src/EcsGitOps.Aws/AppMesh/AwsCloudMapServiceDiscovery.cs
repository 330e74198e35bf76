namespace EcsGitOps.Aws.AppMesh;

public sealed record AwsCloudMapServiceDiscovery
{
    public IReadOnlyList<AwsCloudMapInstanceAttribute>? Attributes { get; init; }

    public string? IpPreference { get; init; }

    public string? NamespaceName { get; init; }

    public string? ServiceName { get; init; }
}
