namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeVirtualNodeRequest
{
    public required string MeshName { get; init; }

    public string? MeshOwner { get; init; }

    public required string VirtualNodeName { get; init; }

    // Sent in the path or query string, not in the body.
    internal static string[] UriMembers => ["meshName", "meshOwner", "virtualNodeName"];
}
