namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeMeshRequest
{
    public required string MeshName { get; init; }

    public string? MeshOwner { get; init; }

    // Sent in the path or query string, not in the body.
    internal static string[] UriMembers => ["meshName", "meshOwner"];
}
