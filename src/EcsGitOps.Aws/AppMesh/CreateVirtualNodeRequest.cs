namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateVirtualNodeRequest
{
    public string? ClientToken { get; init; }

    public required string MeshName { get; init; }

    public string? MeshOwner { get; init; }

    public required VirtualNodeSpec Spec { get; init; }

    public IReadOnlyList<TagRef>? Tags { get; init; }

    public required string VirtualNodeName { get; init; }

    // Sent in the path or query string, not in the body.
    internal static string[] UriMembers => ["meshName", "meshOwner"];
}
