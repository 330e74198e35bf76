using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Stacks.Fixtures;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks;

public sealed class KeepOnUpdateManifestTests
{
    [Fact]
    public async Task TheServiceStackKeepsItsInitialImageAndNoOtherStackKeepsAnything()
    {
        var graph = await StackGraph.LoadAsync(Path.Combine(RepositoryFiles.Root, "infra", "stacks.json"), CancellationToken.None);

        var service = graph["service"].Bind(new Dictionary<string, string?>
        {
            ["environmentName"] = "prod", ["serviceName"] = "sample-api", ["deploymentController"] = "CODE_DEPLOY", ["image"] = "sample-api:1",
        });

        Assert.Equal(["InitialImage"], service.KeepOnUpdate);
        Assert.All(graph.Nodes.Where(n => n.Name != "service"), n => Assert.Empty(n.KeepOnUpdate));
    }

    [Fact]
    public async Task KeepOnUpdateNamingAParameterTheTemplateDoesNotDeclareIsOneLineWithTheManifestLine()
    {
        using var dir = new TempDirectory();
        dir.Write("web.yaml", "Parameters:\n  Image:\n    Type: String\n    Default: web:1\nResources:\n  Jobs:\n    Type: AWS::SQS::Queue\n");
        var manifest = dir.Write("stacks.json", """
            {
              "stacks": [
                {
                  "name": "web",
                  "template": "web.yaml",
                  "keepOnUpdate": [
                    "Image",
                    "InitialImage"
                  ]
                }
              ]
            }
            """);

        var error = await Assert.ThrowsAsync<StackGraphException>(() => StackGraph.LoadAsync(manifest, CancellationToken.None));

        Assert.Equal(
            $"{manifest}:8: stack 'web' keeps parameter InitialImage on update, which web.yaml does not declare: list only the template's parameters in keepOnUpdate",
            error.Message);
    }

    [Fact]
    public async Task KeepOnUpdateReachesTheBindingOfAStackWhoseParameterHasADefault()
    {
        using var dir = new TempDirectory();
        dir.Write("web.yaml", "Parameters:\n  Image:\n    Type: String\n    Default: web:1\nResources:\n  Jobs:\n    Type: AWS::SQS::Queue\n");
        var manifest = dir.Write("stacks.json", """{ "stacks": [{ "name": "web", "template": "web.yaml", "keepOnUpdate": ["Image"] }] }""");

        var graph = await StackGraph.LoadAsync(manifest, CancellationToken.None);

        Assert.Equal(["Image"], graph["web"].Bind(new Dictionary<string, string?>()).KeepOnUpdate);
    }
}
