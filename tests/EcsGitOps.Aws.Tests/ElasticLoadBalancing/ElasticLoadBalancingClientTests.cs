using EcsGitOps.Aws.ElasticLoadBalancing;
using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.ElasticLoadBalancing;

[Collection(MotoCollection.Name)]
public sealed class ElasticLoadBalancingClientTests(MotoServer moto) : IAsyncLifetime
{
    // Seeding a load balancer takes a dozen AWS CLI calls; it is kept while moto still has it.
    static LoadBalancerSeed? seed;

    readonly AwsClients aws = moto.CreateClients();

    LoadBalancerSeed Seed => seed!;

    public async Task InitializeAsync()
    {
        if (seed is not null && await StillThereAsync(seed))
            return;
        await moto.ResetAsync();
        seed = await LoadBalancerSeed.CreateAsync(moto.Cli);
    }

    async Task<bool> StillThereAsync(LoadBalancerSeed existing)
    {
        try
        {
            await aws.ElasticLoadBalancing.DescribeListenersAsync(new() { ListenerArns = [existing.Listener] });
            return true;
        }
        catch (AwsServiceException)
        {
            return false;
        }
    }

    public Task DisposeAsync()
    {
        aws.Dispose();
        return Task.CompletedTask;
    }

    ListenerAction Weighted(int blue, int green) => new()
    {
        Type = "forward",
        ForwardConfig = new ForwardActionConfig
        {
            TargetGroups = [new TargetGroupTuple { TargetGroupArn = Seed.Blue, Weight = blue }, new TargetGroupTuple { TargetGroupArn = Seed.Green, Weight = green }],
        },
    };

    [Fact]
    public async Task ModifyListener_sets_weighted_target_groups_that_the_AWS_CLI_reads_back()
    {
        var modified = await aws.ElasticLoadBalancing.ModifyListenerAsync(new() { ListenerArn = Seed.Listener, DefaultActions = [Weighted(80, 20)] });
        var listeners = new List<Listener>();
        await foreach (var listener in aws.ElasticLoadBalancing.ListAllListenersAsync(new() { LoadBalancerArn = Seed.LoadBalancer }))
            listeners.Add(listener);

        var groups = Assert.Single(Assert.Single(listeners).DefaultActions!).ForwardConfig!.TargetGroups!;
        Assert.Equal([80, 20], groups.Select(g => g.Weight ?? -1));
        Assert.Equal(80, Assert.Single(modified.Listeners!).DefaultActions![0].ForwardConfig!.TargetGroups![0].Weight);
        var cli = await moto.Cli.RunAsync("elbv2", "describe-listeners", "--listener-arns", Seed.Listener);
        var cliGroups = cli.GetProperty("Listeners")[0].GetProperty("DefaultActions")[0].GetProperty("ForwardConfig").GetProperty("TargetGroups");
        Assert.Equal(20, cliGroups.EnumerateArray().Single(g => g.GetProperty("TargetGroupArn").GetString() == Seed.Green).GetProperty("Weight").GetInt32());
    }

    [Fact]
    public async Task ModifyRule_shifts_a_path_rule_between_target_groups()
    {
        var rules = new List<Rule>();
        await foreach (var rule in aws.ElasticLoadBalancing.ListAllRulesAsync(new() { ListenerArn = Seed.Listener }))
            rules.Add(rule);
        var apiRule = rules.Single(r => r.IsDefault != true);

        var modified = await aws.ElasticLoadBalancing.ModifyRuleAsync(new() { RuleArn = apiRule.RuleArn!, Actions = [Weighted(50, 50)] });

        Assert.Equal("/api/*", Assert.Single(apiRule.Conditions!).Values![0]);
        Assert.Equal([50, 50], Assert.Single(modified.Rules!).Actions![0].ForwardConfig!.TargetGroups!.Select(g => g.Weight ?? -1));
    }

    [Fact]
    public async Task DescribeTargetHealth_lists_the_registered_targets()
    {
        var health = await aws.ElasticLoadBalancing.DescribeTargetHealthAsync(new() { TargetGroupArn = Seed.Blue });

        var target = Assert.Single(health.TargetHealthDescriptions!);
        Assert.Equal(8080, target.Target!.Port);
        Assert.Equal("healthy", target.TargetHealth!.State);
    }

    [Fact]
    public async Task A_listener_that_does_not_exist_is_reported_with_its_query_error_code()
    {
        var error = await Assert.ThrowsAsync<AwsServiceException>(() => aws.ElasticLoadBalancing.DescribeListenersAsync(new()
        {
            ListenerArns = ["arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/web/0000000000000000/0000000000000000"],
        }));

        Assert.Equal("ListenerNotFound", error.ErrorCode);
        Assert.StartsWith("ELBv2 DescribeListeners failed: ListenerNotFound", error.Message);
    }
}
