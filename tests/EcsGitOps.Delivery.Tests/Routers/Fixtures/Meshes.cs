using EcsGitOps.Aws;
using EcsGitOps.Aws.AppMesh;
using EcsGitOps.Delivery.Traffic.Routers;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>Meshes seeded through the App Mesh client, each with a name of its own; the route comes from the AWS CLI.</summary>
internal static class Meshes
{
    public static readonly string[] Nodes = ["web-blue", "web-green", "web-spare"];

    /// <summary>A mesh with virtual nodes web-blue, web-green and web-spare, a virtual router "web", and the route
    /// "web-route" with the given spec.</summary>
    public static async Task<AppMeshRouteOptions> CreateAsync(TrafficMotoServer moto, AwsClients aws, string routeSpecJson)
    {
        var mesh = $"shop-{Guid.NewGuid():N}"[..13];
        await aws.AppMesh.CreateMeshAsync(new CreateMeshRequest { MeshName = mesh });
        var http = new PortMapping { Port = 8080, Protocol = "http" };
        foreach (var node in Nodes)
            await aws.AppMesh.CreateVirtualNodeAsync(new CreateVirtualNodeRequest
            {
                MeshName = mesh,
                VirtualNodeName = node,
                Spec = new VirtualNodeSpec
                {
                    Listeners = [new Listener { PortMapping = http }],
                    ServiceDiscovery = new ServiceDiscovery { Dns = new DnsServiceDiscovery { Hostname = $"{node}.shop.local" } },
                },
            });
        await aws.AppMesh.CreateVirtualRouterAsync(new CreateVirtualRouterRequest
        {
            MeshName = mesh,
            VirtualRouterName = "web",
            Spec = new VirtualRouterSpec { Listeners = [new VirtualRouterListener { PortMapping = http }] },
        });
        await moto.Cli.JsonAsync("appmesh", "create-route", "--mesh-name", mesh, "--virtual-router-name", "web",
            "--route-name", "web-route", "--spec", routeSpecJson);
        return new AppMeshRouteOptions(mesh, "web", "web-route", "web-blue", "web-green");
    }

    public static string WeightedRoute(int blue, int green) =>
        """{"httpRoute":{"match":{"prefix":"/"},"action":{"weightedTargets":[{"virtualNode":"web-blue","weight":BLUE},{"virtualNode":"web-green","weight":GREEN}]}}}"""
            .Replace("BLUE", blue.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("GREEN", green.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
