using EcsGitOps.Aws.Tests.Fixtures;

namespace EcsGitOps.Aws.Tests.ElasticLoadBalancing;

/// <summary>An ALB with blue and green target groups, a listener and a path rule, made with the AWS CLI in moto.</summary>
sealed record LoadBalancerSeed(string LoadBalancer, string Blue, string Green, string Listener)
{
    public static async Task<LoadBalancerSeed> CreateAsync(AwsCli cli)
    {
        var vpc = (await cli.RunAsync("ec2", "create-vpc", "--cidr-block", "10.1.0.0/16")).GetProperty("Vpc").GetProperty("VpcId").GetString()!;
        var subnetA = await SubnetAsync(cli, vpc, "10.1.1.0/24", "us-east-1a");
        var subnetB = await SubnetAsync(cli, vpc, "10.1.2.0/24", "us-east-1b");
        var loadBalancer = (await cli.RunAsync("elbv2", "create-load-balancer", "--name", "web", "--subnets", subnetA, subnetB))
            .GetProperty("LoadBalancers")[0].GetProperty("LoadBalancerArn").GetString()!;
        var blue = await TargetGroupAsync(cli, vpc, "blue");
        var green = await TargetGroupAsync(cli, vpc, "green");
        var listener = (await cli.RunAsync("elbv2", "create-listener", "--load-balancer-arn", loadBalancer, "--protocol", "HTTP", "--port", "80",
            "--default-actions", $"Type=forward,TargetGroupArn={blue}")).GetProperty("Listeners")[0].GetProperty("ListenerArn").GetString()!;
        await cli.RunAsync("elbv2", "create-rule", "--listener-arn", listener, "--priority", "10",
            "--conditions", "Field=path-pattern,Values=/api/*", "--actions", $"Type=forward,TargetGroupArn={green}");
        await cli.RunAsync("elbv2", "register-targets", "--target-group-arn", blue, "--targets", "Id=10.1.1.10,Port=8080");
        return new LoadBalancerSeed(loadBalancer, blue, green, listener);
    }

    static async Task<string> SubnetAsync(AwsCli cli, string vpc, string cidr, string zone) =>
        (await cli.RunAsync("ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", cidr, "--availability-zone", zone))
            .GetProperty("Subnet").GetProperty("SubnetId").GetString()!;

    static async Task<string> TargetGroupAsync(AwsCli cli, string vpc, string name) =>
        (await cli.RunAsync("elbv2", "create-target-group", "--name", name, "--protocol", "HTTP", "--port", "80", "--vpc-id", vpc, "--target-type", "ip"))
            .GetProperty("TargetGroups")[0].GetProperty("TargetGroupArn").GetString()!;
}
