using EcsGitOps.Aws;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>
/// The shared moto_server fixture plus what the traffic tests build on it once. It is never reset: every test makes
/// resources with names of its own, and the load balancer all tests share is made once.
/// </summary>
public sealed class TrafficMotoServer : IAsyncLifetime
{
    private readonly MotoServer _moto = new();
    private Task<SharedLoadBalancer>? _loadBalancer;
    private Task<string>? _cluster;

    public Uri Url => _moto.Url;

    public AwsCli Cli => _moto.Cli;

    public Task InitializeAsync() => _moto.InitializeAsync();

    public AwsClients Clients() => _moto.CreateClients();

    /// <summary>A VPC, an application load balancer and a blue and a green target group, made at the first call.</summary>
    public Task<SharedLoadBalancer> LoadBalancerAsync() => _loadBalancer ??= SharedLoadBalancer.CreateAsync(Cli);

    /// <summary>An ECS cluster with a task definition, made at the first call; returns the cluster's name.</summary>
    public Task<string> ClusterAsync() => _cluster ??= CreateClusterAsync();

    private async Task<string> CreateClusterAsync()
    {
        await Cli.JsonAsync("ecs", "create-cluster", "--cluster-name", "shop");
        await Cli.JsonAsync("ecs", "register-task-definition", "--family", "web",
            "--container-definitions", """[{"name":"app","image":"repo/web@sha256:abc","memory":128}]""");
        return "shop";
    }

    public Task DisposeAsync() => _moto.DisposeAsync();
}
