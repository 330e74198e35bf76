using System.Text.Json.Nodes;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

/// <summary>The rendered task definition registers through our own ECS client, as BlueGreenDeploy does it.</summary>
[Collection(MotoCollection.Name)]
public sealed class TaskDefinitionClientRegistrationTests(MotoServer moto) : IDisposable
{
    readonly TempDirectory directory = new();

    [Fact]
    public async Task TheRenderedDefinitionRegistersThroughOurClientAndDescribesWithoutADiff()
    {
        var values = SampleValues.Create();
        values["taskFamily"] = "client-registration";
        var rendered = await new TaskDefinitionRenderer().RenderAsync(
            new(RepositoryPaths.Templates("taskdef.json"), RepositoryPaths.Templates("appspec.yaml"), Path.Combine(directory.Path, "artifacts")),
            values, CancellationToken.None);
        using var aws = moto.CreateClients();

        var registered = await aws.Ecs.RegisterTaskDefinitionAsync(JsonNode.Parse(rendered.TaskDefinitionJson)!.AsObject());
        var described = await aws.Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "client-registration" });

        Assert.Equal(registered.TaskDefinition?.TaskDefinitionArn, described.TaskDefinition?.TaskDefinitionArn);
        Assert.EndsWith(":task-definition/client-registration:1", registered.TaskDefinition?.TaskDefinitionArn);
        var diff = TaskDefinitionDiff.Compare(described.RawTaskDefinition!.ToJsonString(), rendered.TaskDefinitionJson);
        Assert.False(diff.HasChanges, diff.ToString());
    }

    public void Dispose() => directory.Dispose();
}
