using System.Text.Json;
using System.Text.Json.Nodes;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Routers;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Routers;

[Collection(TrafficMotoCollection.Name)]
public sealed class AppMeshRouterTests(TrafficMotoServer moto) : IDisposable
{
    private readonly AwsClients _aws = moto.Clients();
    private readonly List<string> _notices = [];

    public void Dispose() => _aws.Dispose();

    private AppMeshRouter Router(AppMeshRouteOptions options) => new(_aws.AppMesh, options, _notices.Add);

    private async Task<JsonElement> DescribeRouteWithCliAsync(AppMeshRouteOptions options) =>
        (await moto.Cli.JsonAsync("appmesh", "describe-route", "--mesh-name", options.MeshName,
            "--virtual-router-name", options.VirtualRouterName, "--route-name", options.RouteName))
        .GetProperty("route").GetProperty("spec");

    private static Dictionary<string, int> Weights(JsonElement spec) =>
        spec.GetProperty("httpRoute").GetProperty("action").GetProperty("weightedTargets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("virtualNode").GetString()!, t => t.GetProperty("weight").GetInt32());

    [Fact]
    public async Task Reads_the_route_relative_weights_as_percentages()
    {
        var options = await Meshes.CreateAsync(moto, _aws, Meshes.WeightedRoute(blue: 3, green: 1));

        var weights = await Router(options).GetWeightsAsync(CancellationToken.None);

        Assert.Equal(new TrafficWeights(75, 25), weights);
    }

    [Fact]
    public async Task Sets_the_weighted_targets_of_the_route_and_the_AWS_CLI_reads_them_back()
    {
        var options = await Meshes.CreateAsync(moto, _aws, Meshes.WeightedRoute(blue: 100, green: 0));
        var router = Router(options);

        await router.SetWeightsAsync(new TrafficWeights(70, 30), CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["web-blue"] = 70, ["web-green"] = 30 }, Weights(await DescribeRouteWithCliAsync(options)));
        Assert.Equal(new TrafficWeights(70, 30), await router.GetWeightsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Shifting_keeps_the_rest_of_the_route_spec_match_headers_retry_policy_timeout_and_priority()
    {
        var options = await Meshes.CreateAsync(moto, _aws, """
            {"priority":5,"httpRoute":{
              "match":{"prefix":"/api","method":"GET","headers":[{"name":"x-canary","invert":false,"match":{"exact":"1"}}]},
              "action":{"weightedTargets":[{"virtualNode":"web-blue","weight":100},{"virtualNode":"web-green","weight":0}]},
              "retryPolicy":{"maxRetries":3,"perRetryTimeout":{"unit":"ms","value":2000},"httpRetryEvents":["server-error"]},
              "timeout":{"perRequest":{"unit":"s","value":15}}}}
            """);
        var before = await DescribeRouteWithCliAsync(options);

        await Router(options).SetWeightsAsync(new TrafficWeights(50, 50), CancellationToken.None);

        var after = await DescribeRouteWithCliAsync(options);
        Assert.Equal(5, after.GetProperty("priority").GetInt32());
        foreach (var member in new[] { "match", "retryPolicy", "timeout" })
            Assert.True(JsonNode.DeepEquals(
                JsonNode.Parse(before.GetProperty("httpRoute").GetProperty(member).GetRawText()),
                JsonNode.Parse(after.GetProperty("httpRoute").GetProperty(member).GetRawText())),
                $"{member} changed: {after.GetProperty("httpRoute").GetProperty(member)}");
        Assert.Equal("x-canary", after.GetProperty("httpRoute").GetProperty("match").GetProperty("headers")[0].GetProperty("name").GetString());
        Assert.Equal(new Dictionary<string, int> { ["web-blue"] = 50, ["web-green"] = 50 }, Weights(after));
    }

    [Fact]
    public async Task A_route_without_the_green_node_reads_as_all_blue_and_gets_green_added_when_shifted()
    {
        var options = await Meshes.CreateAsync(moto, _aws,
            """{"httpRoute":{"match":{"prefix":"/"},"action":{"weightedTargets":[{"virtualNode":"web-blue","weight":1}]}}}""");
        var router = Router(options);

        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), await router.GetWeightsAsync(CancellationToken.None));
        await router.SetWeightsAsync(new TrafficWeights(90, 10), CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["web-blue"] = 90, ["web-green"] = 10 }, Weights(await DescribeRouteWithCliAsync(options)));
    }

    [Fact]
    public async Task A_third_node_taking_traffic_is_refused_by_name_and_the_route_is_left_alone()
    {
        var options = await Meshes.CreateAsync(moto, _aws, """
            {"httpRoute":{"match":{"prefix":"/"},"action":{"weightedTargets":[
              {"virtualNode":"web-blue","weight":80},{"virtualNode":"web-green","weight":0},{"virtualNode":"web-spare","weight":20}]}}}
            """);
        var router = Router(options);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => router.SetWeightsAsync(new TrafficWeights(50, 50), CancellationToken.None));

        Assert.Equal(
            $"App Mesh route {options.MeshName}/web/web-route also sends traffic to web-spare (weight 20); the rollout only " +
            "moves traffic between web-blue and web-green, so set that target's weight to 0 first.",
            refused.Message);
        Assert.Equal(20, Weights(await DescribeRouteWithCliAsync(options))["web-spare"]);
    }

    [Fact]
    public async Task A_route_that_does_not_exist_is_reported_by_name()
    {
        var options = await Meshes.CreateAsync(moto, _aws, Meshes.WeightedRoute(blue: 100, green: 0)) with { RouteName = "wbe-route" };

        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => Router(options).GetWeightsAsync(CancellationToken.None));

        Assert.StartsWith($"App Mesh route {options.MeshName}/web/wbe-route was not found (", missing.Message);
        Assert.EndsWith("); check the mesh, virtual router and route names.", missing.Message);
    }

    [Fact]
    public async Task The_end_of_support_notice_is_given_once_however_many_calls_follow()
    {
        var options = await Meshes.CreateAsync(moto, _aws, Meshes.WeightedRoute(blue: 100, green: 0));
        var router = Router(options);

        await router.GetWeightsAsync(CancellationToken.None);
        await router.SetWeightsAsync(new TrafficWeights(90, 10), CancellationToken.None);
        await router.GetWeightsAsync(CancellationToken.None);

        var notice = Assert.Single(_notices);
        Assert.Contains("App Mesh reached end of support on 2026-09-30", notice);
        Assert.DoesNotContain('\n', notice);
    }
}
