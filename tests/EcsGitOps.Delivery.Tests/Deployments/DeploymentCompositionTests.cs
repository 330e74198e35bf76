using System.Text.Json;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Deployments.Composition;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.LocalCloud.Seeding;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Deployments;

/// <summary>
/// Each profile and strategy composed against the outputs infra/'s templates produce with their conditions evaluated as
/// DeployInfra deploys them for that strategy: RenderTaskDef's rendering and BlueGreenDeploy's strategy, router, checks
/// and step-traffic reader must find every output they read.
/// </summary>
public sealed class DeploymentCompositionTests
{
    public static TheoryData<string, string, string, bool> Profiles() => new()
    {
        { "local", Profile("local"), "appmesh", true },
        { "local, --router alb", Profile("local"), "alb", true },
        { "production", Profile("production"), "appmesh", false },
        { "default", "task-set", "appmesh", false },
        { "default, --router alb", "task-set", "alb", false },
        { "default, --strategy ecs", "ecs", "appmesh", false },
        { "default, --strategy codedeploy", "codedeploy", "appmesh", false },
    };

    [Theory]
    [MemberData(nameof(Profiles))]
    public async Task The_deployment_composes_against_what_the_templates_produce(string profile, string strategy, string router, bool local)
    {
        var kind = DeploymentStrategyKind.Parse(strategy);
        var outputs = await TemplateOutputsAsync(kind);
        using var artifacts = new TempDirectory();
        using var aws = Unreachable();
        var settings = new DeploymentSettings
        {
            Strategy = strategy, Router = router, OnLocalCloud = local, MaxErrorRate = 5, MaxP99Latency = TimeSpan.FromSeconds(1),
            DrainTime = TimeSpan.FromSeconds(1), DeploymentTimeout = TimeSpan.FromMinutes(5),
        };
        settings.Validate();

        var rendered = await RenderAsync(outputs, artifacts.Path);
        var composer = new DeploymentComposer(aws, new ServiceOutputs(outputs), settings, TimeProvider.System, _ => { });
        var deployment = await composer.StrategyAsync(Colour.Green, new FileRolloutStateStore(artifacts.Path), [],
            rendered.AppSpecPath, CancellationToken.None);

        Assert.NotNull(deployment);
        Assert.NotNull(composer.Router);
        Assert.Equal(2, (await composer.ChecksAsync(Colour.Green, CancellationToken.None)).Count);
        Assert.True(composer.StepTraffic() is not null, $"{profile}: no reader of each step's traffic");
    }

    [Fact]
    public async Task The_codedeploy_strategy_on_stacks_deployed_for_task_sets_names_the_output_it_lacks()
    {
        var outputs = await TemplateOutputsAsync(DeploymentStrategyKind.TaskSet);
        using var aws = Unreachable();
        var settings = new DeploymentSettings { Strategy = "codedeploy", Router = "appmesh", DeploymentTimeout = TimeSpan.FromMinutes(5) };
        var composer = new DeploymentComposer(aws, new ServiceOutputs(outputs), settings, TimeProvider.System, _ => { });

        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            composer.StrategyAsync(Colour.Green, new FileRolloutStateStore(Path.GetTempPath()), [], "appspec.yaml", CancellationToken.None));

        Assert.StartsWith("Stack output CodeDeployApplicationName not found", missing.Message);
    }

    /// Clients of an endpoint nothing answers: composing makes no call.
    private static AwsClients Unreachable() =>
        new(new AwsOptions { Region = "us-east-1", EndpointUrl = "http://127.0.0.1:9/", Profile = null });

    /// The strategy a profile's parameters file sets, as the build reads it.
    private static string Profile(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".nuke", $"parameters.{name}.json")))
            .RootElement.GetProperty("Strategy").GetString()!;

    /// Every output of infra/stacks.json's stacks whose condition holds for the strategy's deployment controller, with
    /// its value where it is a parameter or text, else a stand-in.
    private static async Task<Dictionary<string, string>> TemplateOutputsAsync(DeploymentStrategyKind kind)
    {
        var graph = await StackGraph.LoadAsync(RepositoryPaths.Infra("stacks.json"), CancellationToken.None);
        var values = new Dictionary<string, string?>
        {
            ["environmentName"] = "test", ["serviceName"] = "sample-api", ["deploymentController"] = kind.DeploymentController,
            ["image"] = $"123456789012.dkr.ecr.us-east-1.amazonaws.com/ecsgitops/sample-api@sha256:{new string('a', 64)}",
            ["githubConnectionArn"] = "arn:aws:codeconnections:us-east-1:123456789012:connection/c", ["githubOwner"] = "o", ["githubRepository"] = "r",
        };
        var outputs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in graph.Nodes)
        {
            var binding = node.Bind(values);
            var resolver = new IntrinsicResolver(new SeedingScope(node.Template, SeedingStack.From(binding), null, new Dictionary<string, string>()));
            foreach (var (name, output) in node.Template.Outputs)
            {
                var definition = (IReadOnlyDictionary<string, object?>)output!;
                if (definition.GetValueOrDefault("Condition") is string condition && !resolver.Condition(condition, Site.Condition(condition)))
                    continue;
                outputs[name] = Value(resolver, definition.GetValueOrDefault("Value"), name);
            }
        }
        return outputs;
    }

    private static string Value(IntrinsicResolver resolver, object? value, string name)
    {
        try
        {
            return resolver.Value(value, new Site($"output {name}", "Value")) as string ?? StandIn(name);
        }
        catch (LocalCloudSeedingException)
        {
            return StandIn(name); // a resource's attribute, known only once deployed
        }
    }

    private static string StandIn(string name) => name.EndsWith("Arn", StringComparison.Ordinal)
        ? $"arn:aws:test:us-east-1:123456789012:{name}"
        : $"{name}-value";

    private static Task<RenderedTaskDefinition> RenderAsync(IReadOnlyDictionary<string, string> outputs, string directory)
    {
        var image = new ImageArtifact("123456789012.dkr.ecr.us-east-1.amazonaws.com/ecsgitops/sample-api", "1.0.0-abc", $"sha256:{new string('a', 64)}", 1);
        var values = TaskDefinitionValues.Compose(image, "green", outputs, new Dictionary<string, string?>
        {
            ["region"] = "us-east-1", ["taskFamily"] = "sample-api", ["version"] = "1.0.0", ["commit"] = "abc",
        });
        return new TaskDefinitionRenderer().RenderAsync(new RenderTaskDefOptions(RepositoryPaths.Templates("taskdef.json"),
            RepositoryPaths.Templates("appspec.yaml"), directory) { AppContainer = new ServiceOutputs(outputs).Require("ContainerName") }, values, CancellationToken.None);
    }
}
