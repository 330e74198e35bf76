namespace EcsGitOps.Aws.AppMesh;

public sealed record UpdateRouteResponse
{
    public RouteData? Route { get; init; }
}
