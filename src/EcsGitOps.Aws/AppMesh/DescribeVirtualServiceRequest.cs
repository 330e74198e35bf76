namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeVirtualServiceRequest
{
    public required string MeshName { get; init; }

    public string? MeshOwner { get; init; }

    public required string VirtualServiceName { get; init; }

    // Sent in the path or query string, not in the body.
    internal static string[] UriMembers => ["meshName", "meshOwner", "virtualServiceName"];
}
