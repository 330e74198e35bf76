using System.Text.Json;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Routers;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Routers;

[Collection(TrafficMotoCollection.Name)]
public sealed class AlbRouterTests(TrafficMotoServer moto) : IDisposable
{
    private readonly AwsClients _aws = moto.Clients();

    public void Dispose() => _aws.Dispose();

    private AlbRouter Router(SharedLoadBalancer alb, string listener, string? rule = null) =>
        new(_aws.ElasticLoadBalancing, new AlbRouteOptions(listener, alb.BlueTargetGroupArn, alb.GreenTargetGroupArn, rule));

    private static Dictionary<string, int> Weights(SharedLoadBalancer alb, JsonElement actions)
    {
        var forward = actions.EnumerateArray().Single(a => a.GetProperty("Type").GetString() == "forward");
        return forward.GetProperty("ForwardConfig").GetProperty("TargetGroups").EnumerateArray().ToDictionary(
            group => group.GetProperty("TargetGroupArn").GetString() == alb.BlueTargetGroupArn ? "blue"
                : group.GetProperty("TargetGroupArn").GetString() == alb.GreenTargetGroupArn ? "green" : "other",
            group => group.GetProperty("Weight").GetInt32());
    }

    private async Task<JsonElement> DefaultActionsWithCliAsync(string listener) =>
        (await moto.Cli.JsonAsync("elbv2", "describe-listeners", "--listener-arns", listener))
        .GetProperty("Listeners")[0].GetProperty("DefaultActions");

    private async Task<JsonElement> RuleWithCliAsync(string rule) =>
        (await moto.Cli.JsonAsync("elbv2", "describe-rules", "--rule-arns", rule)).GetProperty("Rules")[0];

    [Fact]
    public async Task A_listener_forwarding_to_the_blue_target_group_alone_reads_as_all_blue()
    {
        var alb = await moto.LoadBalancerAsync();
        var listener = await alb.ListenerForwardingToBlueAsync();

        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), await Router(alb, listener).GetWeightsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Sets_weighted_target_groups_on_the_listener_default_action_and_the_AWS_CLI_reads_them_back()
    {
        var alb = await moto.LoadBalancerAsync();
        var listener = await alb.ListenerForwardingToBlueAsync();
        var router = Router(alb, listener);

        await router.SetWeightsAsync(new TrafficWeights(40, 60), CancellationToken.None);

        Assert.Equal(new Dictionary<string, int> { ["blue"] = 40, ["green"] = 60 }, Weights(alb, await DefaultActionsWithCliAsync(listener)));
        Assert.Equal(new TrafficWeights(40, 60), await router.GetWeightsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Reads_relative_target_group_weights_as_percentages_and_keeps_stickiness()
    {
        var alb = await moto.LoadBalancerAsync();
        var listener = await alb.ListenerAsync("""
            [{"Type":"forward","ForwardConfig":{"TargetGroups":[
              {"TargetGroupArn":"BLUE","Weight":300},{"TargetGroupArn":"GREEN","Weight":100}],
              "TargetGroupStickinessConfig":{"Enabled":true,"DurationSeconds":120}}}]
            """.Replace("BLUE", alb.BlueTargetGroupArn, StringComparison.Ordinal).Replace("GREEN", alb.GreenTargetGroupArn, StringComparison.Ordinal));
        var router = Router(alb, listener);

        Assert.Equal(new TrafficWeights(75, 25), await router.GetWeightsAsync(CancellationToken.None));
        await router.SetWeightsAsync(new TrafficWeights(0, 100), CancellationToken.None);

        var actions = await DefaultActionsWithCliAsync(listener);
        Assert.Equal(new Dictionary<string, int> { ["blue"] = 0, ["green"] = 100 }, Weights(alb, actions));
        var stickiness = actions[0].GetProperty("ForwardConfig").GetProperty("TargetGroupStickinessConfig");
        Assert.True(stickiness.GetProperty("Enabled").GetBoolean());
        Assert.Equal(120, stickiness.GetProperty("DurationSeconds").GetInt32());
    }

    [Fact]
    public async Task Shifting_a_rule_changes_its_forward_action_only_and_leaves_its_conditions_and_the_listener_alone()
    {
        var alb = await moto.LoadBalancerAsync();
        var listener = await alb.ListenerForwardingToBlueAsync();
        var rule = (await moto.Cli.JsonAsync("elbv2", "create-rule", "--listener-arn", listener, "--priority", "10",
                "--conditions", """[{"Field":"path-pattern","Values":["/api/*"]}]""",
                "--actions", $$"""[{"Type":"forward","TargetGroupArn":"{{alb.BlueTargetGroupArn}}"}]"""))
            .GetProperty("Rules")[0].GetProperty("RuleArn").GetString()!;
        var router = Router(alb, listener, rule);

        await router.SetWeightsAsync(new TrafficWeights(10, 90), CancellationToken.None);

        var shifted = await RuleWithCliAsync(rule);
        Assert.Equal(new Dictionary<string, int> { ["blue"] = 10, ["green"] = 90 }, Weights(alb, shifted.GetProperty("Actions")));
        Assert.Equal("/api/*", shifted.GetProperty("Conditions")[0].GetProperty("Values")[0].GetString());
        var listenerAction = (await DefaultActionsWithCliAsync(listener))[0];
        Assert.Equal(alb.BlueTargetGroupArn, listenerAction.GetProperty("TargetGroupArn").GetString());
        Assert.Equal(new TrafficWeights(10, 90), await router.GetWeightsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_listener_that_does_not_forward_is_refused_before_anything_changes()
    {
        var alb = await moto.LoadBalancerAsync();
        var listener = await alb.ListenerAsync(
            """[{"Type":"fixed-response","FixedResponseConfig":{"StatusCode":"503","ContentType":"text/plain"}}]""");
        var router = Router(alb, listener);

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(
            () => router.SetWeightsAsync(new TrafficWeights(50, 50), CancellationToken.None));

        Assert.StartsWith($"{router.Name} does not forward to target groups (its actions: fixed-response); point the router at", refused.Message);
        Assert.Equal("fixed-response", (await DefaultActionsWithCliAsync(listener))[0].GetProperty("Type").GetString());
    }

    [Fact]
    public async Task A_listener_that_does_not_exist_is_reported_by_name()
    {
        var alb = await moto.LoadBalancerAsync();
        var listener = await alb.ListenerForwardingToBlueAsync();
        var gone = listener[..^4] + "0000";
        var router = Router(alb, gone);

        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => router.GetWeightsAsync(CancellationToken.None));

        Assert.StartsWith($"ALB listener {gone[(gone.IndexOf("listener/", StringComparison.Ordinal) + 9)..]} was not found", missing.Message);
        Assert.EndsWith("check the listener and rule ARNs.", missing.Message);
    }
}
