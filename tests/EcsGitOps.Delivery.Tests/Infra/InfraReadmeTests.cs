using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.Tests.Infra;

public sealed class InfraReadmeTests
{
    [Fact]
    public async Task TheReadmeShowsTheStackGraphTheManifestProduces()
    {
        var mermaid = (await StackGraph.LoadAsync(RepositoryPaths.Infra("stacks.json"), CancellationToken.None)).ToMermaid();

        Assert.Contains($"```mermaid\n{mermaid}```", File.ReadAllText(RepositoryPaths.Infra("README.md")).ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task TheMermaidChartDrawsAnArrowFromEachExporterToItsImporters()
    {
        var mermaid = (await StackGraph.LoadAsync(RepositoryPaths.Infra("stacks.json"), CancellationToken.None)).ToMermaid();

        Assert.Contains("  github_oidc[\"github-oidc\"]\n", mermaid);
        Assert.Contains("  cluster --> mesh\n", mermaid);
        Assert.Contains("  service --> pipeline\n", mermaid);
        Assert.DoesNotContain("--> github_oidc", mermaid);
    }
}
