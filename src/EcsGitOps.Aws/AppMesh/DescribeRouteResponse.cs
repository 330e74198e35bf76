namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeRouteResponse
{
    public RouteData? Route { get; init; }
}
