using System.Text.Json;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Infra;

/// <summary>
/// Every stack of infra/stacks.json, created in StackGraph order through the real AWS CLI on a test-owned
/// moto_server. Moto skips App Mesh, Cloud Map, CodeDeploy, CodePipeline, CodeBuild, alarm, X-Ray and capacity
/// provider resources; the templates must still create and export everything downstream stacks import.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class StackCreationTests(MotoServer moto)
{
    readonly AwsCli aws = new(moto.Url);

    static Dictionary<string, string?> Values(string environment, string controller) => new()
    {
        ["environmentName"] = environment,
        ["serviceName"] = "sample-api",
        ["deploymentController"] = controller,
        ["image"] = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sample-api@sha256:" + new string('a', 64),
        ["githubConnectionArn"] = "arn:aws:codeconnections:us-east-1:123456789012:connection/0a1b2c3d-4e5f",
        ["githubOwner"] = "example",
        ["githubRepository"] = "ecsgitops",
    };

    Task CreateAsync(StackGraphBinding stack, IReadOnlyDictionary<string, string>? extra = null)
    {
        var parameters = stack.Parameters.Concat(extra ?? new Dictionary<string, string>())
            .Select(p => new { ParameterKey = p.Key, ParameterValue = p.Value });
        return aws.JsonAsync("cloudformation", "create-stack", "--stack-name", stack.StackName,
            "--template-body", $"file://{stack.TemplatePath}", "--parameters", JsonSerializer.Serialize(parameters),
            "--capabilities", "CAPABILITY_IAM", "CAPABILITY_NAMED_IAM");
    }

    async Task<Dictionary<string, string>> StatusesAsync() =>
        (await aws.JsonAsync("cloudformation", "describe-stacks")).GetProperty("Stacks").EnumerateArray()
            .ToDictionary(s => s.GetProperty("StackName").GetString()!, s => s.GetProperty("StackStatus").GetString()!);

    async Task<Dictionary<string, string>> ExportsAsync() =>
        (await aws.JsonAsync("cloudformation", "list-exports")).GetProperty("Exports").EnumerateArray()
            .ToDictionary(e => e.GetProperty("Name").GetString()!, e => e.GetProperty("Value").GetString()!);

    [Fact]
    public async Task EveryStackCreatesInWaveOrderAndExportsWhatItDeclares()
    {
        var values = Values("wave", "CODE_DEPLOY");
        var graph = await StackGraph.LoadAsync(RepositoryPaths.Infra("stacks.json"), CancellationToken.None);
        var bound = new List<StackGraphBinding>();

        foreach (var stack in graph.Waves.SelectMany(w => w).Select(n => n.Bind(values)))
        {
            await CreateAsync(stack);
            bound.Add(stack);
        }

        var statuses = await StatusesAsync();
        Assert.Equal(6, bound.Count);
        Assert.All(bound, stack => Assert.Equal((stack.StackName, "CREATE_COMPLETE"), (stack.StackName, statuses[stack.StackName])));
        var exports = await ExportsAsync();
        foreach (var stack in bound)
            Assert.All(stack.Exports, name => Assert.True(exports.ContainsKey(name), $"{stack.StackName} did not export {name}"));
        Assert.Equal("wave-cluster", exports["wave-ClusterName"]);
        Assert.Equal("wave-mesh", exports["wave-MeshName"]);
        Assert.Equal("wave-sample-api", exports["wave-TaskFamily"]);
        Assert.Matches("^app/[^/]+/[0-9a-f]+$", exports["wave-LoadBalancerFullName"]);
        Assert.Matches("^targetgroup/[^/]+/[0-9a-f]+$", exports["wave-GreenTargetGroupFullName"]);
        Assert.Equal("/ecs/wave/sample-api", exports["wave-LogGroupName"]);
    }

    [Fact]
    public async Task TheServiceCreatesWithTheEcsControllerOnEc2Capacity()
    {
        var graph = (await StackGraph.LoadAsync(RepositoryPaths.Infra("stacks.json"), CancellationToken.None)).Select("service");
        var values = Values("ecsctl", "ECS");

        foreach (var node in graph.Waves.SelectMany(w => w))
            await CreateAsync(node.Bind(values), node.Name == "service" ? new Dictionary<string, string> { ["LaunchType"] = "EC2" } : null);

        var statuses = await StatusesAsync();
        Assert.Equal(["CREATE_COMPLETE"], new[] { "cluster", "mesh", "service" }.Select(s => statuses[$"ecsctl-{s}"]).Distinct());

        var service = (await aws.JsonAsync("ecs", "describe-services", "--cluster", "ecsctl-cluster", "--services", "sample-api"))
            .GetProperty("services")[0];
        Assert.Equal("ACTIVE", service.GetProperty("status").GetString());
        Assert.EndsWith("task-definition/ecsctl-sample-api:1", service.GetProperty("taskDefinition").GetString());
        var listener = (await ExportsAsync())["ecsctl-ProductionListenerArn"];
        var rules = (await aws.JsonAsync("elbv2", "describe-rules", "--listener-arn", listener)).GetProperty("Rules");
        Assert.Contains(rules.EnumerateArray(), r => r.GetProperty("Priority").GetString() == "1");
    }
}
