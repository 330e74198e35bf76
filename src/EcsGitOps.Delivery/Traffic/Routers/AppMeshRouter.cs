using EcsGitOps.Aws;
using EcsGitOps.Aws.AppMesh;

namespace EcsGitOps.Delivery.Traffic.Routers;

/// <summary>
/// Shifts traffic between the blue and green virtual nodes of an App Mesh route's weighted targets (its HTTP route, or
/// its HTTP/2 route). Everything else in the route (match, retry policy, timeouts, priority) is sent back unchanged.
/// </summary>
/// <param name="notify">Receives <see cref="EndOfSupportNotice"/> once, at the first call.</param>
public sealed class AppMeshRouter(AppMeshClient appMesh, AppMeshRouteOptions options, Action<string> notify) : ITrafficRouter
{
    public const string EndOfSupportNotice =
        "Notice: AWS App Mesh reached end of support on 2026-09-30; the ALB router (--router alb) shifts traffic without it.";

    private readonly WeightedTargets<WeightedTarget> _targets = new(
        Describe(options),
        target => target.VirtualNode,
        target => target.Weight ?? 0,
        (target, weight) => target with { Weight = weight },
        (node, weight, sibling) => new WeightedTarget { VirtualNode = node, Weight = weight, Port = sibling?.Port });

    private int _noticeGiven;

    public string Name => Describe(options);

    public async Task<TrafficWeights> GetWeightsAsync(CancellationToken cancellationToken)
    {
        var (_, route) = WeightedRoute(await DescribeAsync(cancellationToken).ConfigureAwait(false));
        return _targets.Read(route.Action?.WeightedTargets ?? [], options.BlueVirtualNode, options.GreenVirtualNode);
    }

    public async Task SetWeightsAsync(TrafficWeights weights, CancellationToken cancellationToken)
    {
        var spec = await DescribeAsync(cancellationToken).ConfigureAwait(false);
        var (isHttp2, route) = WeightedRoute(spec);
        var targets = _targets.Apply(
            route.Action?.WeightedTargets ?? [], options.BlueVirtualNode, options.GreenVirtualNode, weights);
        var shifted = route with { Action = (route.Action ?? new HttpRouteAction()) with { WeightedTargets = targets } };
        await appMesh.UpdateRouteAsync(new UpdateRouteRequest
        {
            MeshName = options.MeshName,
            MeshOwner = options.MeshOwner,
            VirtualRouterName = options.VirtualRouterName,
            RouteName = options.RouteName,
            Spec = isHttp2 ? spec with { Http2Route = shifted } : spec with { HttpRoute = shifted },
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<RouteSpec> DescribeAsync(CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _noticeGiven, 1) == 0)
            notify(EndOfSupportNotice);
        try
        {
            var described = await appMesh.DescribeRouteAsync(new DescribeRouteRequest
            {
                MeshName = options.MeshName,
                MeshOwner = options.MeshOwner,
                VirtualRouterName = options.VirtualRouterName,
                RouteName = options.RouteName,
            }, cancellationToken).ConfigureAwait(false);
            return described.Route?.Spec ?? throw new InvalidOperationException($"{Name} was described without a spec.");
        }
        catch (AwsServiceException e) when (e.HttpStatus == 404 || e.ErrorCode.Contains("NotFound", StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{Name} was not found ({e.ServiceMessage}); check the mesh, virtual router and route names.", e);
        }
    }

    private static string Describe(AppMeshRouteOptions route) =>
        $"App Mesh route {route.MeshName}/{route.VirtualRouterName}/{route.RouteName}";

    private (bool IsHttp2, HttpRoute Route) WeightedRoute(RouteSpec spec) =>
        spec.HttpRoute is { } http ? (false, http)
        : spec.Http2Route is { } http2 ? (true, http2)
        : throw new InvalidOperationException(
            $"{Name} is not an HTTP or HTTP/2 route; only those carry weighted targets this router can shift.");
}
