using EcsGitOps.Delivery.Tests.Support;
namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>An application load balancer with a blue and a green target group; tests add listeners and rules to it.</summary>
public sealed record SharedLoadBalancer(AwsCli Cli, string LoadBalancerArn, string BlueTargetGroupArn, string GreenTargetGroupArn)
{
    private static int _nextPort = 8000;

    public static async Task<SharedLoadBalancer> CreateAsync(AwsCli cli)
    {
        var vpc = (await cli.JsonAsync("ec2", "create-vpc", "--cidr-block", "10.0.0.0/16")).GetProperty("Vpc").GetProperty("VpcId").GetString()!;
        var subnets = new List<string>();
        foreach (var (cidr, zone) in new[] { ("10.0.1.0/24", "us-east-1a"), ("10.0.2.0/24", "us-east-1b") })
            subnets.Add((await cli.JsonAsync("ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", cidr, "--availability-zone", zone))
                .GetProperty("Subnet").GetProperty("SubnetId").GetString()!);
        var loadBalancer = (await cli.JsonAsync(["elbv2", "create-load-balancer", "--name", "web", "--subnets", .. subnets]))
            .GetProperty("LoadBalancers")[0].GetProperty("LoadBalancerArn").GetString()!;
        return new SharedLoadBalancer(cli, loadBalancer,
            await TargetGroupAsync(cli, vpc, "web-blue"), await TargetGroupAsync(cli, vpc, "web-green"));
    }

    /// <summary>A new listener on a port of its own whose default actions are the given JSON.</summary>
    public async Task<string> ListenerAsync(string defaultActionsJson)
    {
        var port = Interlocked.Increment(ref _nextPort).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var created = await Cli.JsonAsync("elbv2", "create-listener", "--load-balancer-arn", LoadBalancerArn,
            "--protocol", "HTTP", "--port", port, "--default-actions", defaultActionsJson);
        return created.GetProperty("Listeners")[0].GetProperty("ListenerArn").GetString()!;
    }

    public Task<string> ListenerForwardingToBlueAsync() =>
        ListenerAsync($$"""[{"Type":"forward","TargetGroupArn":"{{BlueTargetGroupArn}}"}]""");

    private static async Task<string> TargetGroupAsync(AwsCli cli, string vpc, string name) =>
        (await cli.JsonAsync("elbv2", "create-target-group", "--name", name, "--protocol", "HTTP", "--port", "8080",
            "--vpc-id", vpc, "--target-type", "ip"))
        .GetProperty("TargetGroups")[0].GetProperty("TargetGroupArn").GetString()!;
}
