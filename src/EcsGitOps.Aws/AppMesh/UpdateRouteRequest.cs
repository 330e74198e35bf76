namespace EcsGitOps.Aws.AppMesh;

public sealed record UpdateRouteRequest
{
    public string? ClientToken { get; init; }

    public required string MeshName { get; init; }

    public string? MeshOwner { get; init; }

    public required string RouteName { get; init; }

    public required RouteSpec Spec { get; init; }

    public required string VirtualRouterName { get; init; }

    // Sent in the path or query string, not in the body.
    internal static string[] UriMembers => ["meshName", "meshOwner", "routeName", "virtualRouterName"];
}
