namespace EcsGitOps.Aws.AppMesh;

public sealed record CreateRouteResponse
{
    public RouteData? Route { get; init; }
}
