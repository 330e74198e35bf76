using System.Text.Json;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Infra;

/// <summary>The real cfn-lint over infra/*.yaml: no errors, no warnings, no informational findings.</summary>
public sealed class CloudFormationLintTests
{
    const string AppMeshShutdownRule = "W3696";

    static async Task<IReadOnlyList<JsonElement>> LintAsync(params string[] files)
    {
        var result = await ExternalTool.RunAsync("cfn-lint", ["--format", "json", "--include-checks", "I", "--", .. files], workingDirectory: RepositoryPaths.Root);
        Assert.True(result.Output.TrimStart().StartsWith('['), $"cfn-lint did not report as JSON: {result.Error}");
        return [.. JsonDocument.Parse(result.Output).RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    static string Describe(JsonElement match) =>
        $"{Path.GetFileName(match.GetProperty("Filename").GetString())}:"
        + $"{match.GetProperty("Location").GetProperty("Start").GetProperty("LineNumber")} "
        + $"{match.GetProperty("Rule").GetProperty("Id")} {match.GetProperty("Message")}";

    [Fact]
    public async Task EveryTemplatePassesCfnLintWithoutFindings()
    {
        Assert.Equal(
            ["cluster.yaml", "github-oidc.yaml", "mesh.yaml", "monitoring.yaml", "pipeline.yaml", "service.yaml"],
            RepositoryPaths.CloudFormationTemplates.Select(Path.GetFileName));

        var findings = await LintAsync([.. RepositoryPaths.CloudFormationTemplates]);

        Assert.True(findings.Count == 0, string.Join('\n', findings.Select(Describe)));
    }

    [Fact]
    public async Task WithoutItsSuppressionsTheMeshTemplateDrawsOnlyTheAppMeshShutdownWarning()
    {
        var stripped = Path.Combine(Path.GetTempPath(), $"mesh-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(stripped,
            (await File.ReadAllTextAsync(RepositoryPaths.Infra("mesh.yaml"))).Replace($"ignore_checks: [{AppMeshShutdownRule}]", "ignore_checks: []"));
        try
        {
            var findings = await LintAsync(stripped);

            Assert.NotEmpty(findings);
            Assert.All(findings, f => Assert.Equal(AppMeshShutdownRule, f.GetProperty("Rule").GetProperty("Id").GetString()));
        }
        finally
        {
            File.Delete(stripped);
        }
    }

    [Fact]
    public async Task OnlyAppMeshResourcesSuppressAnyRuleAndOnlyTheShutdownWarningWithAReason()
    {
        Assert.False(File.Exists(Path.Combine(RepositoryPaths.Root, ".cfnlintrc")), "no repository-wide cfn-lint configuration");
        foreach (var path in RepositoryPaths.CloudFormationTemplates)
        {
            var template = await StackGraphTemplate.LoadAsync(path, CancellationToken.None);
            Assert.DoesNotContain("cfn-lint", template.Root.GetValueOrDefault("Metadata") is IReadOnlyDictionary<string, object?> m ? m.Keys : []);
            foreach (var (id, resource) in template.Resources)
            {
                var definition = (IReadOnlyDictionary<string, object?>)resource!;
                if (definition.GetValueOrDefault("Metadata") is not IReadOnlyDictionary<string, object?> metadata
                    || metadata.GetValueOrDefault("cfn-lint") is null)
                    continue;
                Assert.StartsWith("AWS::AppMesh::", (string)definition["Type"]!);
                var ignored = ((IReadOnlyDictionary<string, object?>)((IReadOnlyDictionary<string, object?>)metadata["cfn-lint"]!)["config"]!)["ignore_checks"];
                Assert.Equal([AppMeshShutdownRule], ((IReadOnlyList<object?>)ignored!).Cast<string>());
            }
        }
        var mesh = File.ReadAllLines(RepositoryPaths.Infra("mesh.yaml"));
        Assert.All(mesh.Where(l => l.Contains("ignore_checks")), l => Assert.Contains("# App Mesh end of support 2026-09-30", l));
        Assert.Contains(mesh, l => l.Contains("end of support on 2026-09-30"));
    }
}
