using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.AppMesh;

public sealed record UpdateRouteRequest
{
    public string? ClientToken { get; init; }

    [JsonIgnore]
    public required string MeshName { get; init; }

    [JsonIgnore]
    public string? MeshOwner { get; init; }

    [JsonIgnore]
    public required string RouteName { get; init; }

    public required RouteSpec Spec { get; init; }

    [JsonIgnore]
    public required string VirtualRouterName { get; init; }
}
