namespace EcsGitOps.Aws.AppMesh;

public sealed record RouteData
{
    public string? MeshName { get; init; }

    public ResourceMetadata? Metadata { get; init; }

    public string? RouteName { get; init; }

    public RouteSpec? Spec { get; init; }

    public RouteStatus? Status { get; init; }

    public string? VirtualRouterName { get; init; }
}
