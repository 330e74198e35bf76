namespace EcsGitOps.Aws.AppMesh;

public sealed record RouteSpec
{
    public HttpRoute? Http2Route { get; init; }

    public HttpRoute? HttpRoute { get; init; }

    public int? Priority { get; init; }
}
