using System.Text.Json;
using EcsGitOps.Delivery.LocalCloud.Templates;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud;

/// <summary>
/// Stacks of infra/stacks.json bound as DeployInfra binds them for one environment, created on the test-owned
/// moto_server through the real AWS CLI with the bodies the local profile sends.
/// </summary>
sealed class LocalStacks(MotoServer moto) : IDisposable
{
    readonly TempDirectory bodies = new();

    /// <summary>A fresh environment, so tests sharing one moto_server never see each other's stacks.</summary>
    public string Environment { get; } = $"t{Guid.NewGuid():N}"[..12];

    /// <summary>The named stacks and what they depend on, in deployment order.</summary>
    public async Task<IReadOnlyList<StackGraphBinding>> BindAsync(string deploymentController, params string[] names)
    {
        var graph = (await StackGraph.LoadAsync(RepositoryPaths.Infra("stacks.json"), CancellationToken.None)).Select(names);
        var values = new Dictionary<string, string?>
        {
            ["environmentName"] = Environment,
            ["serviceName"] = "sample-api",
            ["deploymentController"] = deploymentController,
            ["image"] = "127.0.0.1:5000/sample-api@sha256:" + new string('b', 64),
        };
        return [.. graph.Waves.SelectMany(w => w).Select(n => n.Bind(values))];
    }

    public async Task CreateAsync(IEnumerable<StackGraphBinding> stacks)
    {
        foreach (var stack in stacks)
        {
            var body = bodies.Write($"{stack.StackName}.json", await LocalCloudTemplate.BodyAsync(stack, CancellationToken.None));
            await moto.Cli.JsonAsync("cloudformation", "create-stack", "--stack-name", stack.StackName, "--template-body", $"file://{body}",
                "--parameters", JsonSerializer.Serialize(stack.Parameters.Select(p => new { ParameterKey = p.Key, ParameterValue = p.Value })),
                "--capabilities", "CAPABILITY_IAM", "CAPABILITY_NAMED_IAM");
        }
    }

    public async Task<string> StatusAsync(string stackName) =>
        (await moto.Cli.JsonAsync("cloudformation", "describe-stacks", "--stack-name", stackName))
            .GetProperty("Stacks")[0].GetProperty("StackStatus").GetString()!;

    /// <summary>What the build passes to seeding after DeployInfra: every export, read through the project's client.</summary>
    public async Task<IReadOnlyDictionary<string, string>> ExportsAsync() =>
        await moto.CloudFormation.ListAllExportsAsync(new(), CancellationToken.None)
            .ToDictionaryAsync(e => e.Name!, e => e.Value!, StringComparer.Ordinal);

    public void Dispose() => bodies.Dispose();
}
