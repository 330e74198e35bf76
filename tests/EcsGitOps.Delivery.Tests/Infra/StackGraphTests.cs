using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Infra;

public sealed class StackGraphTests
{
    static readonly Dictionary<string, string?> Values = new()
    {
        ["environmentName"] = "prod",
        ["serviceName"] = "sample-api",
        ["deploymentController"] = "CODE_DEPLOY",
        ["image"] = "123456789012.dkr.ecr.us-east-1.amazonaws.com/sample-api@sha256:" + new string('a', 64),
        ["githubConnectionArn"] = "arn:aws:codeconnections:us-east-1:123456789012:connection/abc",
        ["githubOwner"] = "example",
        ["githubRepository"] = "ecsgitops",
    };

    static IEnumerable<IEnumerable<string>> Names(StackGraph graph) => graph.Waves.Select(w => w.Select(n => n.Name));

    static Task<StackGraph> Load(string manifest) => StackGraph.LoadAsync(manifest, CancellationToken.None);

    static Task<StackGraph> Repository() => Load(RepositoryPaths.Infra("stacks.json"));

    static async Task<string> Refusal(string manifest) =>
        (await Assert.ThrowsAsync<StackGraphException>(() => Load(manifest))).Message;

    [Fact]
    public async Task TheRepositoryStacksDeployInWavesDerivedFromTheirImports()
    {
        var graph = await Repository();

        Assert.Equal<IEnumerable<string>>(
            [["cluster", "github-oidc"], ["mesh"], ["service"], ["monitoring", "pipeline"]],
            Names(graph));
        Assert.Equal(["cluster"], graph["mesh"].DependsOn);
        Assert.Equal(["cluster", "mesh"], graph["service"].DependsOn.Order());
        Assert.Equal(["cluster", "mesh", "service"], graph["monitoring"].DependsOn.Order());
        Assert.Equal(["service"], graph["pipeline"].DependsOn);
    }

    [Fact]
    public async Task SelectingStacksKeepsWhatTheyDependOnAndDropsTheRest()
    {
        var graph = (await Repository()).Select("service");

        Assert.Equal<IEnumerable<string>>([["cluster"], ["mesh"], ["service"]], Names(graph));
    }

    [Fact]
    public async Task BindingFillsParametersAndNamesTheStackAfterTheEnvironment()
    {
        var service = (await Repository())["service"].Bind(Values);

        Assert.Equal("prod-service", service.StackName);
        Assert.Equal(RepositoryPaths.Infra("service.yaml"), service.TemplatePath);
        Assert.Equal("CODE_DEPLOY", service.Parameters["DeploymentController"]);
        Assert.Equal(Values["image"], service.Parameters["InitialImage"]);
        Assert.Equal("prod", service.Parameters["EnvironmentName"]);
        Assert.Contains("prod-LoadBalancerFullName", service.Exports);
        Assert.Contains("prod-VpcId", service.Imports);
        Assert.Equal("example/ecsgitops",
            (await Repository())["pipeline"].Bind(Values).Parameters["FullRepositoryId"]);
    }

    [Fact]
    public async Task ParametersAreSentOnlyToTemplatesThatDeclareThem()
    {
        var graph = await Repository();

        Assert.DoesNotContain("ServiceName", graph["cluster"].Parameters.Keys);
        Assert.Contains("ServiceName", graph["mesh"].Parameters.Keys);
    }

    [Fact]
    public async Task BindingWithoutAValueForAPlaceholderNamesTheManifestLineStackAndParameter()
    {
        var graph = await Repository();
        var values = new Dictionary<string, string?>(Values);
        values.Remove("image");

        var error = Assert.Throws<StackGraphException>(() => graph["service"].Bind(values));

        var line = File.ReadAllLines(RepositoryPaths.Infra("stacks.json")).ToList().FindIndex(l => l.Contains("\"InitialImage\"")) + 1;
        Assert.StartsWith($"{RepositoryPaths.Infra("stacks.json")}:{line}: stack 'service', parameter InitialImage: unknown placeholder {{{{ image }}}}", error.Message);
    }

    [Fact]
    public async Task ACycleOfImportsIsRefusedWithThePath()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Exporting("A", imports: "B"));
        dir.Write("b.yaml", Exporting("B", imports: "C"));
        dir.Write("c.yaml", Exporting("C", imports: "A"));
        var manifest = dir.Write("stacks.json", Manifest("a", "b", "c"));

        var error = await Refusal(manifest);

        Assert.Contains("circular dependency between stacks", error);
        Assert.Contains("a -> b -> c -> a", error);
    }

    [Fact]
    public async Task IndependentStacksShareAWaveInManifestOrder()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Exporting("A"));
        dir.Write("b.yaml", Exporting("B", imports: "A"));
        dir.Write("c.yaml", Exporting("C", imports: "A"));
        dir.Write("d.yaml", Exporting("D", imports: "B"));
        var manifest = dir.Write("stacks.json", Manifest("d", "c", "b", "a"));

        Assert.Equal<IEnumerable<string>>([["a"], ["c", "b"], ["d"]], Names(await Load(manifest)));
    }

    [Fact]
    public async Task AnImportNoStackExportsIsRefused()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Exporting("A", imports: "Missing"));
        var manifest = dir.Write("stacks.json", Manifest("a"));

        var error = await Refusal(manifest);

        Assert.Contains("imports 'test-Missing', which no stack", error);
        Assert.Contains("a.yaml: Resources.Thing.Properties.Value", error);
    }

    [Fact]
    public async Task TwoStacksExportingOneNameAreRefused()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Exporting("Same"));
        dir.Write("b.yaml", Exporting("Same"));
        var manifest = dir.Write("stacks.json", Manifest("a", "b"));

        Assert.Contains("stacks 'a' and 'b' both export 'test-Same'", await Refusal(manifest));
    }

    [Fact]
    public async Task AParameterTheTemplateDoesNotDeclareIsRefused()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Exporting("A"));
        var manifest = dir.Write("stacks.json", """
            { "stacks": [ { "name": "a", "template": "a.yaml", "parameters": { "Colour": "blue" } } ] }
            """);

        Assert.Contains("stack 'a' sets parameter Colour, which a.yaml does not declare",
            await Refusal(manifest));
    }

    [Fact]
    public async Task ARequiredParameterWithoutAValueIsRefused()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", "Parameters:\n  Needed:\n    Type: String\nResources: {}\n");
        var manifest = dir.Write("stacks.json", Manifest("a"));

        Assert.Contains("stack 'a' gives no value for parameter Needed",
            await Refusal(manifest));
    }

    [Fact]
    public async Task AnExportNameKnownOnlyAfterDeploymentIsRefused()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", "Resources:\n  Topic:\n    Type: AWS::SNS::Topic\nOutputs:\n  Arn:\n    Value: !Ref Topic\n    Export:\n      Name: !GetAtt Topic.TopicName\n");
        var manifest = dir.Write("stacks.json", Manifest("a"));

        Assert.Contains("a.yaml: Outputs.Arn.Export.Name builds an export name from something known only after deployment",
            await Refusal(manifest));
    }

    [Fact]
    public async Task ListedDependenciesOrderStacksThatShareNoExport()
    {
        using var dir = new TempDirectory();
        dir.Write("a.yaml", Exporting("A"));
        dir.Write("b.yaml", Exporting("B"));
        var manifest = dir.Write("stacks.json", """
            { "parameters": { "EnvironmentName": "test" },
              "stacks": [ { "name": "b", "template": "b.yaml", "dependsOn": ["a"] }, { "name": "a", "template": "a.yaml" } ] }
            """);

        Assert.Equal<IEnumerable<string>>([["a"], ["b"]], Names(await Load(manifest)));
    }

    static string Manifest(params string[] stacks) =>
        $$"""{ "parameters": { "EnvironmentName": "test" }, "stacks": [ {{string.Join(", ", stacks.Select(s => $$"""{ "name": "{{s}}", "template": "{{s}}.yaml" }"""))}} ] }""";

    // A template exporting <env>-<export>, and importing <env>-<imports> in both YAML forms CloudFormation allows.
    static string Exporting(string export, string? imports = null) => $$"""
        Parameters:
          EnvironmentName:
            Type: String
        Resources:
          Thing:
            Type: AWS::SSM::Parameter
            Properties:
              Type: String
        {{(imports is null ? "      Value: x" : $"      Value:\n        Fn::ImportValue: !Sub \"${{EnvironmentName}}-{imports}\"\n      Description: !ImportValue\n        Fn::Join: [\"-\", [!Ref EnvironmentName, {imports}]]")}}
        Outputs:
          Out:
            Value: !Ref Thing
            Export:
              Name: !Sub "${EnvironmentName}-{{export}}"
        """;
}
