using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Delivery.LocalCloud.Templates;
using EcsGitOps.Delivery.Tests.Infra;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.LocalCloud.Templates;

/// <summary>The bodies the local profile sends, created on the test-owned moto_server.</summary>
[Collection(MotoCollection.Name)]
public sealed class LocalCloudTemplateOnMotoTests(MotoServer moto) : IDisposable
{
    readonly LocalStacks stacks = new(moto);

    string Cluster => $"{stacks.Environment}-cluster";

    [Theory]
    [InlineData("EXTERNAL")]
    [InlineData("CODE_DEPLOY")]
    [InlineData("ECS")]
    public async Task The_service_stack_creates_with_every_export_whatever_the_controller(string controller)
    {
        var bound = await stacks.BindAsync(controller, "service");

        await stacks.CreateAsync(bound);

        Assert.Equal(["cluster", "mesh", "service"], bound.Select(s => s.Name));
        foreach (var stack in bound)
            Assert.Equal((stack.StackName, "CREATE_COMPLETE"), (stack.StackName, await stacks.StatusAsync(stack.StackName)));
        var exports = await stacks.ExportsAsync();
        Assert.All(bound.SelectMany(s => s.Exports), name => Assert.True(exports.ContainsKey(name), $"{name} was not exported"));
        Assert.Equal(controller, exports[$"{stacks.Environment}-DeploymentController"]);
    }

    [Fact]
    public async Task With_the_external_controller_cloudformation_creates_no_ecs_service()
    {
        await stacks.CreateAsync(await stacks.BindAsync("EXTERNAL", "service"));

        var answer = await moto.Cli.JsonAsync("ecs", "describe-services", "--cluster", Cluster, "--services", "sample-api");

        Assert.Empty(answer.GetProperty("services").EnumerateArray());
        Assert.Equal("MISSING", answer.GetProperty("failures")[0].GetProperty("reason").GetString());
    }

    [Theory]
    [InlineData("CODE_DEPLOY")]
    [InlineData("ECS")]
    public async Task With_other_controllers_cloudformation_creates_the_service_with_its_numbers_as_numbers(string controller)
    {
        await stacks.CreateAsync(await stacks.BindAsync(controller, "service"));

        var service = (await moto.Cli.JsonAsync("ecs", "describe-services", "--cluster", Cluster, "--services", "sample-api"))
            .GetProperty("services")[0];

        Assert.Equal(("ACTIVE", 2), (service.GetProperty("status").GetString(), service.GetProperty("desiredCount").GetInt32()));
        Assert.EndsWith($"task-definition/{stacks.Environment}-sample-api:1", service.GetProperty("taskDefinition").GetString());
    }

    [Fact]
    public async Task The_template_moto_keeps_for_a_stack_is_byte_identical_to_the_body_built_again()
    {
        var bound = await stacks.BindAsync("EXTERNAL", "service");
        foreach (var stack in bound)
            await moto.CloudFormation.CreateStackAsync(new()
            {
                StackName = stack.StackName,
                TemplateBody = await LocalCloudTemplate.BodyAsync(stack, CancellationToken.None),
                Parameters = [.. stack.Parameters.Select(p => new Parameter { ParameterKey = p.Key, ParameterValue = p.Value })],
                Capabilities = ["CAPABILITY_NAMED_IAM"],
            });

        foreach (var stack in bound)
        {
            var kept = (await moto.CloudFormation.GetTemplateAsync(new() { StackName = stack.StackName })).TemplateBody;
            Assert.Equal(await LocalCloudTemplate.BodyAsync(stack, CancellationToken.None), kept);
        }
    }

    public void Dispose() => stacks.Dispose();
}
