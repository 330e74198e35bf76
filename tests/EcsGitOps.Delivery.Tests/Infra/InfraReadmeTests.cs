using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.Tests.Infra;

public sealed class InfraReadmeTests
{
    [Fact]
    public void TheReadmeShowsTheStackGraphTheManifestProduces()
    {
        var mermaid = StackGraph.Load(RepositoryPaths.Infra("stacks.json")).ToMermaid();

        Assert.Contains($"```mermaid\n{mermaid}```", File.ReadAllText(RepositoryPaths.Infra("README.md")).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void TheMermaidChartDrawsAnArrowFromEachExporterToItsImporters()
    {
        var mermaid = StackGraph.Load(RepositoryPaths.Infra("stacks.json")).ToMermaid();

        Assert.Contains("  github_oidc[\"github-oidc\"]\n", mermaid);
        Assert.Contains("  cluster --> mesh\n", mermaid);
        Assert.Contains("  service --> pipeline\n", mermaid);
        Assert.DoesNotContain("--> github_oidc", mermaid);
    }
}
