using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateVirtualNodeRequest
{
    public string? ClientToken { get; init; }

    [JsonIgnore]
    public required string MeshName { get; init; }

    [JsonIgnore]
    public string? MeshOwner { get; init; }

    public required VirtualNodeSpec Spec { get; init; }

    public IReadOnlyList<TagRef>? Tags { get; init; }

    public required string VirtualNodeName { get; init; }
}
