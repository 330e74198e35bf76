using System.Text.Json;
using System.Text.Json.Nodes;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

/// <summary>
/// The rendered task definition goes through the real AWS CLI, which checks it against the official
/// RegisterTaskDefinition input shape before sending it, to a test-owned moto_server, and is read back.
/// </summary>
[Collection(MotoCollection.Name)]
public sealed class TaskDefinitionRegistrationTests(MotoServer moto) : IDisposable
{
    readonly AwsCli aws = new(moto.Url);
    readonly TempDirectory directory = new();

    async Task<RenderedTaskDefinition> RenderAsync(string family)
    {
        var values = SampleValues.Create();
        values["taskFamily"] = family;
        return await new TaskDefinitionRenderer().RenderAsync(
            new(RepositoryPaths.Templates("taskdef.json"), RepositoryPaths.Templates("appspec.yaml"), Path.Combine(directory.Path, "artifacts")),
            values, CancellationToken.None);
    }

    [Fact]
    public async Task TheRenderedDefinitionRegistersThroughTheAwsCliAndReadsBackUnchanged()
    {
        var rendered = await RenderAsync("registration-roundtrip");

        var registered = await aws.JsonAsync("ecs", "register-task-definition", "--cli-input-json", $"file://{rendered.TaskDefinitionPath}");
        var described = await aws.JsonAsync("ecs", "describe-task-definition", "--task-definition", "registration-roundtrip");

        var definition = described.GetProperty("taskDefinition");
        Assert.Equal(registered.GetProperty("taskDefinition").GetProperty("taskDefinitionArn").GetString(),
            definition.GetProperty("taskDefinitionArn").GetString());
        Assert.Equal($"{SampleValues.Repository}@{SampleValues.Digest}",
            definition.GetProperty("containerDefinitions")[0].GetProperty("image").GetString());
        Assert.Equal("APPMESH", definition.GetProperty("proxyConfiguration").GetProperty("type").GetString());
        Assert.Equal("prod/sample-api/api-key",
            definition.GetProperty("containerDefinitions")[0].GetProperty("secrets")[0].GetProperty("valueFrom").GetString());
        var diff = TaskDefinitionDiff.Compare(described.GetRawText(), rendered.TaskDefinitionJson);
        Assert.False(diff.HasChanges, diff.ToString());
    }

    [Fact]
    public async Task ANewRevisionWithAnotherImageShowsInTheDiff()
    {
        var rendered = await RenderAsync("registration-diff");
        var older = JsonNode.Parse(rendered.TaskDefinitionJson)!;
        older["containerDefinitions"]![0]!["image"] = $"{SampleValues.Repository}@sha256:{new string('e', 64)}";
        var olderPath = directory.Write("older.json", older.ToJsonString());
        await aws.JsonAsync("ecs", "register-task-definition", "--cli-input-json", $"file://{olderPath}");

        var running = await aws.JsonAsync("ecs", "describe-task-definition", "--task-definition", "registration-diff");
        var diff = TaskDefinitionDiff.Compare(running.GetRawText(), rendered.TaskDefinitionJson);

        Assert.Equal(2, diff.Lines.Count(l => l.StartsWith("-      \"image\"") || l.StartsWith("+      \"image\"")));
        Assert.Equal(4, diff.Lines.Count(l => l[0] is '-' or '+'));
    }

    [Fact]
    public async Task TheCliRefusesAMemberTheRegisterTaskDefinitionShapeDoesNotHave()
    {
        var rendered = await RenderAsync("registration-invalid");
        var definition = JsonNode.Parse(rendered.TaskDefinitionJson)!;
        definition["containerDefinitions"]![0]!["readOnlyRootFileSystem"] = true;
        var path = directory.Write("invalid.json", definition.ToJsonString());

        var result = await aws.RunAsync("ecs", "register-task-definition", "--cli-input-json", $"file://{path}");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Unknown parameter in containerDefinitions[0]: \"readOnlyRootFileSystem\"", result.Error);
    }

    public void Dispose() => directory.Dispose();
}
