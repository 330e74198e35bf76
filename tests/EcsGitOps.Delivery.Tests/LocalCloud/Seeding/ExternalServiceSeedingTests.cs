using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Seeding;

/// <summary>
/// Seeding after DeployInfra as the local profile runs it: the real cluster, mesh, service and monitoring stacks
/// created on moto with the local bodies, then seeded with their bindings and the exports CloudFormation lists.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class ExternalServiceSeedingTests(MotoServer moto) : IDisposable
{
    readonly LocalStacks stacks = new(moto);
    readonly TempDirectory directory = new();
    readonly List<string> log = [];

    string Cluster => $"{stacks.Environment}-cluster";

    async Task<IReadOnlyList<StackGraphBinding>> DeployAsync(string controller)
    {
        var bound = await stacks.BindAsync(controller, "monitoring");
        await stacks.CreateAsync(bound);
        return bound;
    }

    async Task<SeedingSummary> SeedAsync(IEnumerable<StackGraphBinding> bound)
    {
        using var aws = moto.CreateClients();
        return await new LocalCloudSeeder(aws, log.Add).SeedAsync(bound.Select(SeedingStack.From), await stacks.ExportsAsync(), CancellationToken.None);
    }

    async Task<System.Text.Json.JsonElement> DescribeServiceAsync() =>
        (await moto.Cli.JsonAsync("ecs", "describe-services", "--cluster", Cluster, "--services", "sample-api")).GetProperty("services")[0];

    [Fact]
    public async Task Seeding_the_deployed_stacks_creates_the_external_service_the_mesh_and_the_alarms()
    {
        var bound = await DeployAsync("EXTERNAL");

        var summary = await SeedAsync(bound);

        Assert.Equal(["cluster", "mesh", "service", "monitoring"], bound.Select(s => s.Name));
        Assert.Equal(
            ["mesh:Mesh", "mesh:BlueVirtualNode", "mesh:GreenVirtualNode", "mesh:VirtualRouter", "mesh:Route", "service:Service",
             "monitoring:Target5xxRateAlarm", "monitoring:P99LatencyAlarm", "monitoring:UnhealthyHostsAlarm"],
            summary.Created.Select(r => $"{r.Stack}:{r.LogicalId}"));
        Assert.Equal(["Namespace", "DiscoveryService", "VirtualService"], summary.NotSeeded.Select(r => r.LogicalId));
    }

    [Fact]
    public async Task The_seeded_service_reads_back_through_the_aws_cli_with_the_external_controller_and_the_templates_count()
    {
        await SeedAsync(await DeployAsync("EXTERNAL"));

        var service = await DescribeServiceAsync();

        Assert.Equal("EXTERNAL", service.GetProperty("deploymentController").GetProperty("type").GetString());
        Assert.Equal(("ACTIVE", 2), (service.GetProperty("status").GetString(), service.GetProperty("desiredCount").GetInt32()));
        Assert.EndsWith($":cluster/{Cluster}", service.GetProperty("clusterArn").GetString());
        Assert.Equal("SERVICE", service.GetProperty("propagateTags").GetString());
    }

    [Fact]
    public async Task The_service_is_reported_with_the_properties_its_create_call_goes_without()
    {
        await SeedAsync(await DeployAsync("EXTERNAL"));

        Assert.Contains("Seeding: AWS::ECS::Service sample-api (service): created, without EnableExecuteCommand", log);
    }

    [Fact]
    public async Task Seeding_again_reports_every_resource_already_seeded_and_creates_nothing()
    {
        var bound = await DeployAsync("EXTERNAL");
        var first = await SeedAsync(bound);

        var again = await SeedAsync(bound);

        Assert.Empty(again.Created);
        Assert.Equal(first.Created.Select(r => (r.Stack, r.LogicalId, r.Name)), again.AlreadySeeded.Select(r => (r.Stack, r.LogicalId, r.Name)));
        var services = await moto.Cli.JsonAsync("ecs", "list-services", "--cluster", Cluster);
        Assert.Single(services.GetProperty("serviceArns").EnumerateArray());
    }

    [Theory]
    [InlineData("CODE_DEPLOY")]
    [InlineData("ECS")]
    public async Task With_other_controllers_the_service_is_cloudformations_and_seeding_leaves_it_alone(string controller)
    {
        var bound = await DeployAsync(controller);

        var summary = await SeedAsync(bound);

        Assert.DoesNotContain(summary.Resources, r => r.Type == "AWS::ECS::Service");
        Assert.EndsWith($"task-definition/{stacks.Environment}-sample-api:1", (await DescribeServiceAsync()).GetProperty("taskDefinition").GetString());
    }

    [Fact]
    public async Task An_active_service_with_another_controller_fails_naming_template_resource_and_what_to_do()
    {
        await moto.Cli.JsonAsync("ecs", "create-cluster", "--cluster-name", Cluster);
        await moto.Cli.JsonAsync("ecs", "create-service", "--cluster", Cluster, "--service-name", "web", "--desired-count", "1",
            "--deployment-controller", "type=ECS");
        var stack = new SeedingStack("web", $"{stacks.Environment}-web", directory.Write("web.yaml", """
            Parameters:
              Cluster: {Type: String}
            Resources:
              Service:
                Type: AWS::ECS::Service
                Properties:
                  ServiceName: web
                  Cluster: !Ref Cluster
                  DeploymentController: {Type: EXTERNAL}
            """), new Dictionary<string, string> { ["Cluster"] = Cluster });
        using var aws = moto.CreateClients();

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() =>
            new LocalCloudSeeder(aws).SeedAsync([stack], new Dictionary<string, string>(), CancellationToken.None));

        Assert.Equal($"{stack.TemplatePath}: resource Service (AWS::ECS::Service) could not be seeded: service web in cluster {Cluster} "
            + "exists with the ECS deployment controller, not EXTERNAL: delete the service or deploy with the ECS controller", error.Message);
    }

    [Fact]
    public async Task A_service_whose_cluster_is_not_exported_fails_naming_the_import()
    {
        var bound = await DeployAsync("EXTERNAL");
        var exports = (await stacks.ExportsAsync()).Where(e => e.Key != $"{stacks.Environment}-ClusterName").ToDictionary();
        using var aws = moto.CreateClients();

        var error = await Assert.ThrowsAsync<LocalCloudSeedingException>(() =>
            new LocalCloudSeeder(aws).SeedAsync([SeedingStack.From(bound.Single(s => s.Name == "service"))], exports, CancellationToken.None));

        Assert.StartsWith($"{RepositoryPaths.Infra("service.yaml")}: resource Service, Properties.Cluster: cannot resolve !ImportValue", error.Message);
    }

    public void Dispose()
    {
        stacks.Dispose();
        directory.Dispose();
    }
}
