using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

/// <summary>The templates agree with each other: placeholders have sources, and CodeBuild hands CodePipeline what it expects.</summary>
public sealed class TemplateWiringTests
{
    // Values that come from the image artifact, the colour being deployed, or build parameters (templates/README.md).
    static readonly string[] NotFromStacks = ["image", "color", "virtualNodeName", "region", "accountId", "version", "commit"];

    static IEnumerable<string> PlaceholdersOf(string file) =>
        PlaceholderTemplate.Parse(File.ReadAllText(RepositoryPaths.Templates(file)), file).Placeholders.Select(p => p.Name).Distinct();

    static YamlMappingNode Yaml(string path)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    [Fact]
    public async Task EveryTaskDefinitionPlaceholderIsAStackOutputOrADocumentedBuildValue()
    {
        var outputs = (await StackGraph.LoadAsync(RepositoryPaths.Infra("stacks.json"), CancellationToken.None)).Nodes
            .SelectMany(n => n.Template.Outputs.Keys)
            .Select(k => char.ToLowerInvariant(k[0]) + k[1..])
            .ToHashSet();
        var readme = File.ReadAllText(RepositoryPaths.Templates("README.md"));

        foreach (var name in PlaceholdersOf("taskdef.json").Concat(PlaceholdersOf("appspec.yaml")))
        {
            Assert.True(outputs.Contains(name) || NotFromStacks.Contains(name), $"nothing supplies {{{{ {name} }}}}");
            Assert.Contains($"`{name}`", readme);
        }
    }

    [Fact]
    public async Task CodeBuildRunsTheDeveloperTargetsAndHandsOnWhatTheDeployStageReads()
    {
        var buildspec = Yaml(RepositoryPaths.Templates("buildspec.yml"));
        var commands = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)buildspec["phases"])["build"])["commands"];
        var artifacts = (YamlMappingNode)buildspec["artifacts"];

        Assert.Contains(commands.Children.Cast<YamlScalarNode>(),
            c => c.Value!.StartsWith("./build.sh Test DockerBuild ScanImage PushEcr RenderTaskDef"));
        Assert.Equal("artifacts", ((YamlScalarNode)artifacts["base-directory"]).Value);
        Assert.Equal(["taskdef.json", "appspec.yaml", "image.json"],
            ((YamlSequenceNode)artifacts["files"]).Children.Cast<YamlScalarNode>().Select(f => f.Value));

        var pipeline = await StackGraphTemplate.LoadAsync(RepositoryPaths.Infra("pipeline.yaml"), CancellationToken.None);
        var project = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)pipeline.Resources["BuildProject"]!)["Properties"]!;
        Assert.Equal("templates/buildspec.yml", ((IReadOnlyDictionary<string, object?>)project["Source"]!)["BuildSpec"]);
        var deploy = ((IReadOnlyList<object?>)((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)pipeline.Resources["Pipeline"]!)["Properties"]!)["Stages"]!)
            .Cast<IReadOnlyDictionary<string, object?>>().Single(s => (string?)s["Name"] == "Deploy");
        var configuration = (IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)((IReadOnlyList<object?>)deploy["Actions"]!)[0]!)["Configuration"]!;
        Assert.Equal(("taskdef.json", "appspec.yaml"), (configuration["TaskDefinitionTemplatePath"], configuration["AppSpecTemplatePath"]));
    }
}
