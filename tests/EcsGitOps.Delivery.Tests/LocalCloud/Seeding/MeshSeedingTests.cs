using EcsGitOps.Aws.AppMesh;
using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Seeding;

[Collection(MotoCollection.Name)]
public sealed class MeshSeedingTests(MotoServer moto) : IDisposable
{
    readonly SeedingCloud cloud = new(moto);

    [Fact]
    public async Task Seeding_infra_mesh_yaml_creates_the_mesh_nodes_router_and_a_route_with_blue_at_100_and_green_at_0()
    {
        var summary = await cloud.SeedAsync(cloud.Mesh);

        Assert.Equal(
            ["Mesh", "BlueVirtualNode", "GreenVirtualNode", "VirtualRouter", "Route"],
            summary.Created.Select(r => r.LogicalId));
        var route = (await cloud.Aws.AppMesh.DescribeRouteAsync(new()
        {
            MeshName = cloud.MeshName, VirtualRouterName = "sample-api-router", RouteName = "sample-api-route",
        })).Route!;
        Assert.Equal("/", route.Spec!.HttpRoute!.Match!.Prefix);
        Assert.Equal(
            [("sample-api-blue", 100), ("sample-api-green", 0)],
            route.Spec.HttpRoute.Action!.WeightedTargets!.Select(t => (t.VirtualNode, t.Weight ?? -1)));
    }

    [Fact]
    public async Task The_virtual_nodes_carry_the_declared_listener_health_check_and_cloud_map_colour()
    {
        await cloud.SeedAsync(cloud.Mesh);

        foreach (var colour in new[] { "blue", "green" })
        {
            var node = (await cloud.Aws.AppMesh.DescribeVirtualNodeAsync(new() { MeshName = cloud.MeshName, VirtualNodeName = $"sample-api-{colour}" }))
                .VirtualNode!;
            var listener = Assert.Single(node.Spec!.Listeners!);
            Assert.Equal((8080, "http"), (listener.PortMapping!.Port, listener.PortMapping.Protocol));
            Assert.Equal(("/health", 2000L), (listener.HealthCheck!.Path, listener.HealthCheck.TimeoutMillis));
            var cloudMap = node.Spec.ServiceDiscovery!.AwsCloudMap!;
            Assert.Equal(("ecsgitops.local", "sample-api"), (cloudMap.NamespaceName, cloudMap.ServiceName));
            Assert.Equal(colour, Assert.Single(cloudMap.Attributes!).Value);
        }
    }

    [Fact]
    public async Task The_seeded_route_reads_back_through_the_aws_cli()
    {
        await cloud.SeedAsync(cloud.Mesh);

        var answer = await cloud.Cli.JsonAsync("appmesh", "describe-route",
            "--mesh-name", cloud.MeshName, "--virtual-router-name", "sample-api-router", "--route-name", "sample-api-route");

        var targets = answer.GetProperty("route").GetProperty("spec").GetProperty("httpRoute").GetProperty("action").GetProperty("weightedTargets");
        Assert.Equal(
            [("sample-api-blue", 100), ("sample-api-green", 0)],
            targets.EnumerateArray().Select(t => (t.GetProperty("virtualNode").GetString(), t.GetProperty("weight").GetInt32())));
        Assert.Equal("ACTIVE", answer.GetProperty("route").GetProperty("status").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cloud_map_resources_and_a_virtual_service_moto_cannot_create_are_reported_as_not_seeded()
    {
        var summary = await cloud.SeedAsync(cloud.Mesh);

        var notSeeded = summary.NotSeeded.ToDictionary(r => r.LogicalId);
        Assert.Equal(["Namespace", "DiscoveryService", "VirtualService"], notSeeded.Keys);
        Assert.Equal("not needed by the task-set strategy", notSeeded["Namespace"].Reason);
        Assert.Equal("AWS::ServiceDiscovery::Service", notSeeded["DiscoveryService"].Type);
        Assert.StartsWith("the AWS endpoint does not implement DescribeVirtualService", notSeeded["VirtualService"].Reason);
        Assert.Equal("AWS::ServiceDiscovery::Service DiscoveryService (mesh): not seeded (not needed by the task-set strategy)",
            notSeeded["DiscoveryService"].Describe());
    }

    [Fact]
    public async Task Properties_the_app_mesh_client_does_not_model_are_named_in_the_summary()
    {
        var summary = await cloud.SeedAsync(cloud.Mesh);

        var blue = Assert.Single(summary.Created, r => r.LogicalId == "BlueVirtualNode");
        Assert.Equal(["Spec.Listeners[0].ConnectionPool", "Spec.Logging"], blue.Omitted);
        Assert.Empty(Assert.Single(summary.Created, r => r.LogicalId == "Route").Omitted);
    }

    [Fact]
    public async Task Seeding_again_finds_everything_and_keeps_the_weights_a_rollout_set()
    {
        await cloud.SeedAsync(cloud.Mesh);
        await ShiftAsync(blue: 40, green: 60);

        var again = await cloud.SeedAsync(cloud.Mesh);

        Assert.Empty(again.Created);
        Assert.Equal(
            ["Mesh", "BlueVirtualNode", "GreenVirtualNode", "VirtualRouter", "Route"],
            again.AlreadySeeded.Select(r => r.LogicalId));
        Assert.Equal("AWS::AppMesh::Route sample-api-route (mesh): already seeded",
            again.AlreadySeeded.Single(r => r.LogicalId == "Route").Describe());
        Assert.Equal([40, 60], (await WeightsAsync()).Select(t => t.Weight ?? -1));
    }

    async Task ShiftAsync(int blue, int green)
    {
        var route = (await cloud.Aws.AppMesh.DescribeRouteAsync(new()
        {
            MeshName = cloud.MeshName, VirtualRouterName = "sample-api-router", RouteName = "sample-api-route",
        })).Route!;
        await cloud.Aws.AppMesh.UpdateRouteAsync(new()
        {
            MeshName = cloud.MeshName, VirtualRouterName = "sample-api-router", RouteName = "sample-api-route",
            Spec = route.Spec! with
            {
                HttpRoute = route.Spec!.HttpRoute! with
                {
                    Action = new() { WeightedTargets = [new() { VirtualNode = "sample-api-blue", Weight = blue }, new() { VirtualNode = "sample-api-green", Weight = green }] },
                },
            },
        });
    }

    async Task<IReadOnlyList<WeightedTarget>> WeightsAsync() =>
        (await cloud.Aws.AppMesh.DescribeRouteAsync(new()
        {
            MeshName = cloud.MeshName, VirtualRouterName = "sample-api-router", RouteName = "sample-api-route",
        })).Route!.Spec!.HttpRoute!.Action!.WeightedTargets!;

    public void Dispose() => cloud.Dispose();
}
