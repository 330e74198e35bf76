using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateRouteRequest
{
    public string? ClientToken { get; init; }

    // Path members are not `required`: System.Text.Json refuses to serialise a member both required and ignored.
    [JsonIgnore]
    public string MeshName { get; init; } = "";

    [JsonIgnore]
    public string? MeshOwner { get; init; }

    public required string RouteName { get; init; }

    public required RouteSpec Spec { get; init; }

    public IReadOnlyList<TagRef>? Tags { get; init; }

    [JsonIgnore]
    public string VirtualRouterName { get; init; } = "";
}
