using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateVirtualRouterRequest
{
    public string? ClientToken { get; init; }

    // Path members are not `required`: System.Text.Json refuses to serialise a member both required and ignored.
    [JsonIgnore]
    public string MeshName { get; init; } = "";

    [JsonIgnore]
    public string? MeshOwner { get; init; }

    public required VirtualRouterSpec Spec { get; init; }

    public IReadOnlyList<TagRef>? Tags { get; init; }

    public required string VirtualRouterName { get; init; }
}
