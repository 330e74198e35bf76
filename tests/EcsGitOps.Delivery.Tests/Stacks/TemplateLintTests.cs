using System.Text.Json;
using EcsGitOps.Delivery.Stacks;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks;

/// <summary>LintInfra's cfn-lint run, against the real cfn-lint: what it found, where, in one line, and a report to keep.</summary>
public sealed class TemplateLintTests : IDisposable
{
    const string Clean = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Topic:
            Type: AWS::SNS::Topic
        """;

    // Line 4: a type that does not exist (E3006); line 8: a property of the wrong type (E3012).
    const string Broken = """
        AWSTemplateFormatVersion: "2010-09-09"
        Resources:
          Topic:
            Type: AWS::SNS::Topik
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              DelaySeconds: [5]
        """;

    readonly TempDirectory _repository = new();

    public void Dispose() => _repository.Dispose();

    Task<TemplateLint.Result> LintAsync(params string[] files) =>
        new TemplateLint().RunAsync([.. files.Select(f => Path.Combine(_repository.Path, f))], _repository.Path, CancellationToken.None);

    [Fact]
    public async Task Findings_name_the_file_as_given_relative_to_the_repository_with_line_rule_and_level()
    {
        _repository.Write("infra/a.yaml", Clean);
        _repository.Write("infra/service.yaml", Broken);

        var result = await LintAsync("infra/a.yaml", "infra/service.yaml");

        Assert.True(result.Failed);
        Assert.Equal(["infra/a.yaml", "infra/service.yaml"], result.Templates);
        Assert.All(result.Findings, f => Assert.Equal(("infra/service.yaml", "Error"), (f.File, f.Level)));
        Assert.Contains(result.Findings, f => f is { Rule: "E3006", Line: 4 });
        Assert.Contains(result.Findings, f => f is { Rule: "E3012", Line: 8 });
        Assert.Matches(@"^infra/service\.yaml:4:\d+: Error E3006: .+$", result.Findings.First(f => f.Rule == "E3006").ToString());
    }

    [Fact]
    public async Task A_failed_run_says_in_one_line_how_many_errors_and_where()
    {
        _repository.Write("infra/service.yaml", Broken);

        var result = await LintAsync("infra/service.yaml");
        var error = Assert.Throws<TemplateLintException>(result.ThrowIfFailed);

        var listed = string.Join(", ", result.Findings.Select(f => $"{f.Rule} at line {f.Line}"));
        Assert.Equal($"cfn-lint found {result.Findings.Count} errors in infra/service.yaml ({listed}): fix the templates and lint again", error.Message);
        Assert.Contains("E3006 at line 4", error.Message);
        Assert.Same(result, error.Result);
    }

    [Fact]
    public async Task A_yaml_syntax_error_is_a_finding_of_its_own_file_not_of_the_first_one_given()
    {
        _repository.Write("infra/a.yaml", Clean);
        _repository.Write("infra/b.yaml", Clean);
        _repository.Write("infra/service.yaml", Clean.Replace("  Topic:", "   Topic:\n  Other:"));

        var result = await LintAsync("infra/a.yaml", "infra/b.yaml", "infra/service.yaml");

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("infra/service.yaml", "E0000"), (finding.File, finding.Rule));
        Assert.StartsWith("cfn-lint found 1 error in infra/service.yaml (E0000 at line ", result.Summary);
    }

    [Fact]
    public async Task A_clean_run_says_how_many_templates_it_checked_with_which_version()
    {
        _repository.Write("infra/a.yaml", Clean);
        _repository.Write("infra/b.yaml", Clean);

        var result = await LintAsync("infra/a.yaml", "infra/b.yaml");

        result.ThrowIfFailed();
        Assert.Matches(@"^\d+\.\d+\.\d+", result.Version);
        Assert.Equal($"cfn-lint {result.Version} checked 2 templates: no findings", result.Summary);
    }

    [Fact]
    public async Task The_report_records_the_version_templates_and_findings_the_same_way_each_run()
    {
        _repository.Write("infra/service.yaml", Broken);
        var report = Path.Combine(_repository.Path, "artifacts", "lint", "cfn-lint.json");

        await (await LintAsync("infra/service.yaml")).WriteAsync(report, CancellationToken.None);
        var first = await File.ReadAllTextAsync(report);
        await (await LintAsync("infra/service.yaml")).WriteAsync(report, CancellationToken.None);

        Assert.Equal(first, await File.ReadAllTextAsync(report));
        using var json = JsonDocument.Parse(first);
        Assert.Matches(@"^\d+\.\d+\.\d+", json.RootElement.GetProperty("version").GetString());
        Assert.Equal("infra/service.yaml", json.RootElement.GetProperty("templates")[0].GetString());
        Assert.Contains(json.RootElement.GetProperty("findings").EnumerateArray(), f => f.GetProperty("rule").GetString() == "E3006");
    }

    [Fact]
    public async Task A_missing_cfn_lint_says_how_to_install_it()
    {
        _repository.Write("infra/a.yaml", Clean);

        var error = await Assert.ThrowsAsync<TemplateLintException>(() => new TemplateLint("/nonexistent/cfn-lint")
            .RunAsync([Path.Combine(_repository.Path, "infra/a.yaml")], _repository.Path, CancellationToken.None));

        Assert.Equal("cfn-lint not found as '/nonexistent/cfn-lint': install it (pip install cfn-lint) and put it on PATH", error.Message);
    }
}
