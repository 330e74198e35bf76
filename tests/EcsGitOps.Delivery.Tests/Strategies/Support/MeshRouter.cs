using EcsGitOps.Aws.AppMesh;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Strategies.Support;

/// <summary>Weights on an App Mesh route between the virtual nodes web-blue and web-green, through moto's App Mesh API.</summary>
internal sealed class MeshRouter(AppMeshClient appMesh, string mesh, string virtualRouter, string route) : ITrafficRouter
{
    public string Name => $"App Mesh route {mesh}/{virtualRouter}/{route}";

    public static string Node(Colour colour) => $"web-{colour.Name()}";

    public async Task<TrafficWeights> GetWeightsAsync(CancellationToken cancellationToken)
    {
        var targets = (await SpecAsync(cancellationToken)).HttpRoute!.Action!.WeightedTargets!;
        var blue = targets.Where(target => target.VirtualNode == Node(Colour.Blue)).Sum(target => target.Weight ?? 0);
        var green = targets.Where(target => target.VirtualNode == Node(Colour.Green)).Sum(target => target.Weight ?? 0);
        var onGreen = blue + green == 0 ? 0 : (int)Math.Round(100.0 * green / (blue + green));
        return new TrafficWeights(100 - onGreen, onGreen);
    }

    public async Task SetWeightsAsync(TrafficWeights weights, CancellationToken cancellationToken)
    {
        var spec = await SpecAsync(cancellationToken);
        await appMesh.UpdateRouteAsync(new()
        {
            MeshName = mesh, VirtualRouterName = virtualRouter, RouteName = route,
            Spec = spec with { HttpRoute = spec.HttpRoute! with { Action = Action(weights) } },
        }, cancellationToken);
    }

    public static HttpRouteAction Action(TrafficWeights weights) => new()
    {
        WeightedTargets =
        [
            new WeightedTarget { VirtualNode = Node(Colour.Blue), Weight = weights.Blue },
            new WeightedTarget { VirtualNode = Node(Colour.Green), Weight = weights.Green },
        ],
    };

    private async Task<RouteSpec> SpecAsync(CancellationToken cancellationToken) =>
        (await appMesh.DescribeRouteAsync(new() { MeshName = mesh, VirtualRouterName = virtualRouter, RouteName = route }, cancellationToken))
        .Route!.Spec!;
}
