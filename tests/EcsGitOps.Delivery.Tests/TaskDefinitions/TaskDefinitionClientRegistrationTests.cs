using System.Text.Json.Nodes;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Tests.Infra;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

/// <summary>The rendered task definition registers through our own ECS client, as BlueGreenDeploy does it.</summary>
[Collection(MotoCollection.Name)]
public sealed class TaskDefinitionClientRegistrationTests(MotoServer moto) : IDisposable
{
    readonly TemporaryDirectory directory = new();

    [Fact]
    public async Task TheRenderedDefinitionRegistersThroughOurClientAndDescribesWithoutADiff()
    {
        var values = SampleValues.Create();
        values["taskFamily"] = "client-registration";
        var rendered = await new TaskDefinitionRenderer().RenderAsync(
            new(RepositoryPaths.Templates("taskdef.json"), RepositoryPaths.Templates("appspec.yaml"), Path.Combine(directory.Path, "artifacts")),
            values, CancellationToken.None);
        using var aws = new AwsClients(new AwsOptions
        {
            Region = "us-east-1",
            EndpointUrl = moto.Endpoint.ToString(),
            Credentials = new BasicAWSCredentials("test", "test"),
        });

        var registered = await aws.Ecs.RegisterTaskDefinitionAsync(JsonNode.Parse(rendered.TaskDefinitionJson)!.AsObject());
        var described = await aws.Ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = "client-registration" });

        Assert.Equal(registered.TaskDefinition?.TaskDefinitionArn, described.TaskDefinition?.TaskDefinitionArn);
        Assert.EndsWith(":task-definition/client-registration:1", registered.TaskDefinition?.TaskDefinitionArn);
        var diff = TaskDefinitionDiff.Compare(described.RawTaskDefinition!.ToJsonString(), rendered.TaskDefinitionJson);
        Assert.False(diff.HasChanges, diff.ToString());
    }

    public void Dispose() => directory.Dispose();
}
