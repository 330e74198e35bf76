using System.Text.Json.Serialization.Metadata;
using EcsGitOps.Aws.Transport;
using static EcsGitOps.Aws.Transport.RestJsonProtocol;

namespace EcsGitOps.Aws.AppMesh;

/// <summary>
/// AWS App Mesh (REST-JSON): routes and virtual nodes for weighted traffic, and the create calls used to seed a local
/// mesh. App Mesh reached end of support on 2026-09-30.
/// </summary>
public sealed class AppMeshClient
{
    readonly RestJsonProtocol protocol;

    internal AppMeshClient(RestJsonProtocol protocol) => this.protocol = protocol;

    static AppMeshJsonContext Json => AppMeshJsonContext.Default;

    public async Task<DescribeRouteResponse> DescribeRouteAsync(DescribeRouteRequest request, CancellationToken ct = default) => new()
    {
        Route = await Get("DescribeRoute",
            Path($"/v20190125/meshes/{request.MeshName}/virtualRouter/{request.VirtualRouterName}/routes/{request.RouteName}", ("meshOwner", request.MeshOwner)),
            Json.RouteData, ct),
    };

    public async Task<UpdateRouteResponse> UpdateRouteAsync(UpdateRouteRequest request, CancellationToken ct = default) => new()
    {
        Route = await protocol.InvokeAsync("UpdateRoute", HttpMethod.Put,
            Path($"/v20190125/meshes/{request.MeshName}/virtualRouter/{request.VirtualRouterName}/routes/{request.RouteName}", ("meshOwner", request.MeshOwner)),
            request, Json.UpdateRouteRequest, Json.RouteData, ct),
    };

    public async Task<DescribeVirtualNodeResponse> DescribeVirtualNodeAsync(DescribeVirtualNodeRequest request, CancellationToken ct = default) => new()
    {
        VirtualNode = await Get("DescribeVirtualNode",
            Path($"/v20190125/meshes/{request.MeshName}/virtualNodes/{request.VirtualNodeName}", ("meshOwner", request.MeshOwner)),
            Json.VirtualNodeData, ct),
    };

    public async Task<CreateMeshResponse> CreateMeshAsync(CreateMeshRequest request, CancellationToken ct = default) => new()
    {
        Mesh = await protocol.InvokeAsync("CreateMesh", HttpMethod.Put, "/v20190125/meshes", request, Json.CreateMeshRequest, Json.MeshData, ct),
    };

    public async Task<CreateVirtualNodeResponse> CreateVirtualNodeAsync(CreateVirtualNodeRequest request, CancellationToken ct = default) => new()
    {
        VirtualNode = await protocol.InvokeAsync("CreateVirtualNode", HttpMethod.Put,
            Path($"/v20190125/meshes/{request.MeshName}/virtualNodes", ("meshOwner", request.MeshOwner)),
            request, Json.CreateVirtualNodeRequest, Json.VirtualNodeData, ct),
    };

    public async Task<CreateVirtualRouterResponse> CreateVirtualRouterAsync(CreateVirtualRouterRequest request, CancellationToken ct = default) => new()
    {
        VirtualRouter = await protocol.InvokeAsync("CreateVirtualRouter", HttpMethod.Put,
            Path($"/v20190125/meshes/{request.MeshName}/virtualRouters", ("meshOwner", request.MeshOwner)),
            request, Json.CreateVirtualRouterRequest, Json.VirtualRouterData, ct),
    };

    public async Task<CreateRouteResponse> CreateRouteAsync(CreateRouteRequest request, CancellationToken ct = default) => new()
    {
        Route = await protocol.InvokeAsync("CreateRoute", HttpMethod.Put,
            Path($"/v20190125/meshes/{request.MeshName}/virtualRouter/{request.VirtualRouterName}/routes", ("meshOwner", request.MeshOwner)),
            request, Json.CreateRouteRequest, Json.RouteData, ct),
    };

    public async Task<CreateVirtualServiceResponse> CreateVirtualServiceAsync(CreateVirtualServiceRequest request, CancellationToken ct = default) => new()
    {
        VirtualService = await protocol.InvokeAsync("CreateVirtualService", HttpMethod.Put,
            Path($"/v20190125/meshes/{request.MeshName}/virtualServices", ("meshOwner", request.MeshOwner)),
            request, Json.CreateVirtualServiceRequest, Json.VirtualServiceData, ct),
    };

    Task<T> Get<T>(string operation, string path, JsonTypeInfo<T> type, CancellationToken ct) =>
        protocol.SendAsync(operation, HttpMethod.Get, path, null, type, ct);
}
