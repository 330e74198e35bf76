using System.Text.Json;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

public sealed class TaskDefinitionRendererTests
{
    const string TaskDefinitionSource = "templates/taskdef.json";
    static readonly string TaskDefinitionTemplate = File.ReadAllText(RepositoryPaths.Templates("taskdef.json"));
    static readonly string AppSpecTemplate = File.ReadAllText(RepositoryPaths.Templates("appspec.yaml"));

    readonly TaskDefinitionRenderer renderer = new();

    static int LineOf(string text, string fragment) => text.Split('\n').ToList().FindIndex(l => l.Contains(fragment)) + 1;

    [Fact]
    public void TheRepositoryTaskDefinitionRendersWithEveryPlaceholderFilled()
    {
        var rendered = renderer.RenderTaskDefinition(TaskDefinitionTemplate, TaskDefinitionSource, SampleValues.Create());

        Assert.DoesNotContain("{{", rendered);
        var root = JsonDocument.Parse(rendered).RootElement;
        Assert.Equal("prod-sample-api", root.GetProperty("family").GetString());
        var containers = root.GetProperty("containerDefinitions").EnumerateArray().ToList();
        Assert.Equal(["app", "envoy", "xray-daemon"], containers.Select(c => c.GetProperty("name").GetString()));
        var app = containers[0];
        Assert.Equal($"{SampleValues.Repository}@{SampleValues.Digest}", app.GetProperty("image").GetString());
        Assert.Equal(8080, app.GetProperty("portMappings")[0].GetProperty("containerPort").GetInt32());
        Assert.Equal("65532", app.GetProperty("user").GetString());
        Assert.True(app.GetProperty("readonlyRootFilesystem").GetBoolean());
        Assert.Equal("awslogs", app.GetProperty("logConfiguration").GetProperty("logDriver").GetString());
        Assert.Equal("APPMESH", root.GetProperty("proxyConfiguration").GetProperty("type").GetString());
        Assert.Contains(containers[1].GetProperty("environment").EnumerateArray(), e =>
            e.GetProperty("value").GetString() == "arn:aws:appmesh:us-east-1:123456789012:mesh/prod-mesh/virtualNode/sample-api-green");
        Assert.Equal(["FARGATE", "EC2"], root.GetProperty("requiresCompatibilities").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void SecretsReachTheAppByReferenceNeverAsPlainEnvironmentValues()
    {
        var app = JsonDocument.Parse(renderer.RenderTaskDefinition(TaskDefinitionTemplate, TaskDefinitionSource, SampleValues.Create()))
            .RootElement.GetProperty("containerDefinitions")[0];

        var secrets = app.GetProperty("secrets").EnumerateArray().ToList();
        Assert.Equal(["APP_API_KEY", "APP_FEATURE_FLAGS"], secrets.Select(s => s.GetProperty("name").GetString()));
        Assert.All(secrets, s => Assert.False(s.TryGetProperty("value", out _)));
        Assert.DoesNotContain(app.GetProperty("environment").EnumerateArray(), e => e.GetProperty("name").GetString()!.StartsWith("APP_API"));
    }

    [Fact]
    public void AnImagePinnedByTagIsRefusedWithTheLineOfTheImage()
    {
        var values = SampleValues.Create();
        values["image"] = $"{SampleValues.Repository}:1.4.0";

        var error = Assert.Throws<TemplateRenderException>(() => renderer.RenderTaskDefinition(TaskDefinitionTemplate, TaskDefinitionSource, values));

        Assert.Equal(LineOf(TaskDefinitionTemplate, "{{ image }}"), error.Line);
        Assert.Equal(
            $"{TaskDefinitionSource}:{error.Line}: {{{{ image }}}} is '{SampleValues.Repository}:1.4.0', not pinned by digest; "
            + "a task definition takes repository@sha256:...: run PushEcr so artifacts/image.json records the pushed digest",
            error.Message);
    }

    [Fact]
    public void AMissingValueNamesTheTemplateLine()
    {
        var values = SampleValues.Create();
        values.Remove("taskRoleArn");

        var error = Assert.Throws<TemplateRenderException>(() => renderer.RenderTaskDefinition(TaskDefinitionTemplate, TaskDefinitionSource, values));

        Assert.Equal(LineOf(TaskDefinitionTemplate, "{{ taskRoleArn }}"), error.Line);
        Assert.Equal("taskRoleArn", error.Placeholder);
    }

    [Fact]
    public void RenderingIsDeterministicAndTwoSpaceIndented()
    {
        var first = renderer.RenderTaskDefinition(TaskDefinitionTemplate, TaskDefinitionSource, SampleValues.Create());
        var reordered = SampleValues.Create().Reverse().ToDictionary();
        var second = renderer.RenderTaskDefinition(TaskDefinitionTemplate.ReplaceLineEndings("\r\n"), TaskDefinitionSource, reordered);

        Assert.Equal(first, second);
        Assert.StartsWith("{\n  \"family\": \"prod-sample-api\",\n", first);
        Assert.EndsWith("}\n", first);
    }

    [Fact]
    public void ATemplateThatRendersToBrokenJsonIsReportedWithItsLine()
    {
        var error = Assert.Throws<TemplateRenderException>(() =>
            renderer.RenderTaskDefinition("{\n  \"family\": \"{{ taskFamily }}\",\n  oops\n}", "t.json", SampleValues.Create()));

        Assert.StartsWith("t.json:3: renders to invalid JSON", error.Message);
    }

    [Fact]
    public void AnAppSpecTemplateWithAListLeftOpenIsReportedWithTheLineItOpensOn()
    {
        var template = AppSpecTemplate.Replace("Type: AWS::ECS::Service", "Type: [AWS::ECS::Service");

        var error = Assert.Throws<TemplateRenderException>(() => renderer.RenderAppSpec(template, "templates/appspec.yaml", SampleValues.Create()));

        Assert.Equal($"templates/appspec.yaml:{LineOf(template, "Type: [")}: renders to invalid YAML (the '[' here is never closed (no ']' ends the list)): "
            + "check the template around this line", error.Message);
    }

    [Fact]
    public void TheAppSpecPointsCodeDeployAtTheContainerAndPort()
    {
        var rendered = renderer.RenderAppSpec(AppSpecTemplate, "templates/appspec.yaml", SampleValues.Create());

        var yaml = new YamlStream();
        yaml.Load(new StringReader(rendered));
        var properties = (YamlMappingNode)((YamlMappingNode)((YamlMappingNode)((YamlSequenceNode)
            ((YamlMappingNode)yaml.Documents[0].RootNode)["Resources"])[0])["TargetService"])["Properties"];
        Assert.Equal("<TASK_DEFINITION>", ((YamlScalarNode)properties["TaskDefinition"]).Value);
        var loadBalancer = (YamlMappingNode)properties["LoadBalancerInfo"];
        Assert.Equal("app", ((YamlScalarNode)loadBalancer["ContainerName"]).Value);
        var port = (YamlScalarNode)loadBalancer["ContainerPort"];
        Assert.Equal(("8080", YamlDotNet.Core.ScalarStyle.Plain), (port.Value, port.Style));
    }

    [Fact]
    public async Task RenderAsyncWritesBothArtifacts()
    {
        using var directory = new TempDirectory();
        var options = new RenderTaskDefOptions(
            RepositoryPaths.Templates("taskdef.json"), RepositoryPaths.Templates("appspec.yaml"), Path.Combine(directory.Path, "artifacts"));

        var rendered = await renderer.RenderAsync(options, SampleValues.Create(), CancellationToken.None);

        Assert.Equal(Path.Combine(directory.Path, "artifacts", "taskdef.json"), rendered.TaskDefinitionPath);
        Assert.Equal(rendered.TaskDefinitionJson, await File.ReadAllTextAsync(rendered.TaskDefinitionPath));
        Assert.Equal(rendered.AppSpecYaml, await File.ReadAllTextAsync(Path.Combine(directory.Path, "artifacts", "appspec.yaml")));
    }

    [Fact]
    public async Task AMissingTemplateSaysWhichFile()
    {
        var options = new RenderTaskDefOptions("nowhere/taskdef.json", RepositoryPaths.Templates("appspec.yaml"), Path.GetTempPath());

        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => renderer.RenderAsync(options, SampleValues.Create(), CancellationToken.None));

        Assert.StartsWith("template nowhere/taskdef.json not found", error.Message);
    }
}
