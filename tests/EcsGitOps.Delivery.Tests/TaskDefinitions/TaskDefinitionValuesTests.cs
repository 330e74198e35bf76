using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.TaskDefinitions;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

public sealed class TaskDefinitionValuesTests
{
    static readonly ImageArtifact Image = new(SampleValues.Repository, "3f2a9c1", SampleValues.Digest, 16_000_000);

    static readonly Dictionary<string, string> Outputs = new()
    {
        ["TaskRoleArn"] = "arn:aws:iam::123456789012:role/task",
        ["TaskExecutionRoleArn"] = "arn:aws:iam::210987654321:role/execution",
        ["BlueVirtualNodeName"] = "sample-api-blue",
        ["GreenVirtualNodeName"] = "sample-api-green",
        ["ContainerPort"] = "8080",
    };

    [Fact]
    public void StackOutputsBecomeCamelCasePlaceholdersAndTheImageIsPinnedByDigest()
    {
        var values = TaskDefinitionValues.Compose(Image, "blue", Outputs, new Dictionary<string, string?>());

        Assert.Equal("arn:aws:iam::123456789012:role/task", values["taskRoleArn"]);
        Assert.Equal("8080", values["containerPort"]);
        Assert.Equal($"{SampleValues.Repository}@{SampleValues.Digest}", values["image"]);
    }

    [Theory]
    [InlineData("blue", "sample-api-blue")]
    [InlineData("green", "sample-api-green")]
    public void TheColourPicksItsVirtualNode(string color, string node)
    {
        var values = TaskDefinitionValues.Compose(Image, color, Outputs, new Dictionary<string, string?>());

        Assert.Equal((color, node), (values["color"], values["virtualNodeName"]));
    }

    [Fact]
    public void ParametersWinOverStackOutputsAndTheAccountFallsBackToTheExecutionRoles()
    {
        var values = TaskDefinitionValues.Compose(Image, "blue", Outputs, new Dictionary<string, string?> { ["containerPort"] = "9090" });

        Assert.Equal("9090", values["containerPort"]);
        Assert.Equal("210987654321", values["accountId"]);
        Assert.Equal("111122223333", TaskDefinitionValues.Compose(Image, "blue", Outputs,
            new Dictionary<string, string?> { ["accountId"] = "111122223333" })["accountId"]);
    }

    [Fact]
    public void AnImageArtifactWithoutDigestIsRefused()
    {
        var tagOnly = Image with { Digest = null };

        var error = Assert.Throws<InvalidOperationException>(() =>
            TaskDefinitionValues.Compose(tagOnly, "blue", Outputs, new Dictionary<string, string?>()));

        Assert.Equal($"image {SampleValues.Repository}:3f2a9c1 has no digest in image.json: deployments take an image pinned by digest; "
            + "run PushEcr to record the pushed digest", error.Message);
    }

    [Fact]
    public void OnlyBlueAndGreenAreColours() =>
        Assert.Throws<ArgumentException>(() => TaskDefinitionValues.Compose(Image, "red", Outputs, new Dictionary<string, string?>()));
}
