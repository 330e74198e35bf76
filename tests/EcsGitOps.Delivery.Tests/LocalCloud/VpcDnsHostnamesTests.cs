using EcsGitOps.Delivery.LocalCloud;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;
using MotoServer = EcsGitOps.Delivery.Tests.Support.MotoServer;

namespace EcsGitOps.Delivery.Tests.LocalCloud;

[Collection(MotoCollection.Name)]
public sealed class VpcDnsHostnamesTests(MotoServer moto) : IDisposable
{
    readonly LocalStacks stacks = new(moto);

    public void Dispose() => stacks.Dispose();

    async Task<bool> DnsHostnamesAsync(string vpc) =>
        (await moto.Cli.JsonAsync("ec2", "describe-vpc-attribute", "--vpc-id", vpc, "--attribute", "enableDnsHostnames"))
            .GetProperty("EnableDnsHostnames").GetProperty("Value").GetBoolean();

    [Fact]
    public async Task The_cluster_VPC_gets_the_DNS_host_names_its_template_asks_for_and_moto_then_starts_awsvpc_tasks_in_it()
    {
        var cluster = await stacks.BindAsync("EXTERNAL", "cluster");
        await stacks.CreateAsync(cluster);
        var exports = await stacks.ExportsAsync();
        var vpc = exports[$"{stacks.Environment}-VpcId"];
        var before = await DnsHostnamesAsync(vpc);

        using var aws = moto.CreateClients();
        var applied = await VpcDnsHostnames.ApplyAsync(aws, cluster, CancellationToken.None);

        Assert.Equal([vpc], applied);
        Assert.Equal((false, true), (before, await DnsHostnamesAsync(vpc)));
        var subnet = exports[$"{stacks.Environment}-PrivateSubnetIds"].Split(',')[0];
        await moto.Cli.JsonAsync("ecs", "register-task-definition", "--family", stacks.Environment, "--network-mode", "awsvpc",
            "--requires-compatibilities", "FARGATE", "--cpu", "256", "--memory", "512",
            "--container-definitions", """[{"name":"app","image":"app","memoryReservation":128}]""");
        var group = (await moto.Cli.JsonAsync("ec2", "create-security-group", "--group-name", stacks.Environment, "--description", "tasks",
            "--vpc-id", vpc)).GetProperty("GroupId").GetString();
        var run = await moto.Cli.JsonAsync("ecs", "run-task", "--cluster", exports[$"{stacks.Environment}-ClusterName"], "--launch-type", "FARGATE",
            "--task-definition", stacks.Environment, "--network-configuration", $"awsvpcConfiguration={{subnets=[{subnet}],securityGroups=[{group}]}}");
        Assert.Single(run.GetProperty("tasks").EnumerateArray());
    }
}
