namespace EcsGitOps.Delivery.Traffic.Routers;

/// <summary>The App Mesh route whose weighted targets carry the service's traffic, and its two virtual nodes.</summary>
/// <param name="MeshOwner">The account that owns a shared mesh; null for a mesh of the caller's own account.</param>
public sealed record AppMeshRouteOptions(
    string MeshName,
    string VirtualRouterName,
    string RouteName,
    string BlueVirtualNode,
    string GreenVirtualNode,
    string? MeshOwner = null);
