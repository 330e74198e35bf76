using EcsGitOps.Delivery.Scanning;

namespace EcsGitOps.Delivery.Tests.Scanning;

public sealed class TrivyReportTests
{
    private const string Image = "ecsgitops/sample-api:1.4.2";

    [Fact]
    public void Reads_every_vulnerability_of_every_result_with_package_versions_and_severity()
    {
        var report = TrivyReport.Parse(Fixture.Read("trivy-noble-chiseled.json"), Image);

        Assert.Equal((Image, "trivy"), (report.Image, report.Scanner));
        Assert.Equal(["CVE-2025-4802", "CVE-2024-9143", "CVE-2023-4039", "CVE-2023-45853", "CVE-2025-55315", "CVE-2024-43485"],
            report.Findings.Select(finding => finding.VulnerabilityId));
        Assert.Equal(
            new Finding("CVE-2024-43485", "System.Text.Json", "8.0.4", "8.0.5", Severity.High,
                "dotnet: System.Text.Json ExtensionData Denial of Service Vulnerability", "app/SampleApi.deps.json"),
            report.Findings.Single(finding => finding.VulnerabilityId == "CVE-2024-43485"));
    }

    [Fact]
    public void A_vulnerability_without_a_fix_has_no_fixed_version()
    {
        var report = TrivyReport.Parse(Fixture.Read("trivy-noble-chiseled.json"), Image);

        var unfixed = report.Findings.Single(finding => finding.VulnerabilityId == "CVE-2023-45853");
        Assert.Null(unfixed.FixedVersion);
        Assert.Equal(("zlib1g", "1:1.3.dfsg-3.1ubuntu2.1", Severity.Medium), (unfixed.Package, unfixed.InstalledVersion, unfixed.Severity));
    }

    [Fact]
    public void An_image_with_nothing_detected_has_no_results_and_so_no_findings() =>
        Assert.Empty(TrivyReport.Parse(Fixture.Read("trivy-local-base.json"), Image).Findings);

    [Fact]
    public void The_same_vulnerability_of_the_same_package_found_twice_counts_once()
    {
        const string json = """
            {"SchemaVersion": 2, "Results": [
              {"Target": "a.deps.json", "Vulnerabilities": [{"VulnerabilityID": "CVE-1", "PkgName": "p", "InstalledVersion": "1", "Severity": "HIGH"}]},
              {"Target": "b.deps.json", "Vulnerabilities": [{"VulnerabilityID": "CVE-1", "PkgName": "p", "InstalledVersion": "1", "Severity": "HIGH"}]}]}
            """;

        Assert.Single(TrivyReport.Parse(json, Image).Findings);
    }

    [Fact]
    public void A_severity_trivy_does_not_rank_counts_as_unknown()
    {
        const string json = """{"SchemaVersion": 2, "Results": [{"Target": "t", "Vulnerabilities": [{"VulnerabilityID": "GHSA-x", "PkgName": "p", "InstalledVersion": "1", "Severity": "NEGLIGIBLE"}]}]}""";

        Assert.Equal(Severity.Unknown, TrivyReport.Parse(json, Image).Findings.Single().Severity);
    }

    [Fact]
    public void A_schema_1_report_is_refused_with_the_trivy_version_to_use()
    {
        var error = Assert.Throws<ImageScanException>(() => TrivyReport.Parse(Fixture.Read("trivy-schema-1.json"), Image));

        Assert.Equal($"Trivy report for {Image} has schema version none, expected 2: use Trivy 0.20 or later.", error.Message);
    }

    [Fact]
    public void Text_that_is_not_json_is_refused_in_one_line()
    {
        var error = Assert.Throws<ImageScanException>(() => TrivyReport.Parse("2026-11-27T18:42:07Z INFO Vulnerability scanning is enabled", Image));

        Assert.StartsWith($"Trivy report for {Image} is not valid JSON (", error.Message);
        Assert.EndsWith("): run trivy with --format json.", error.Message);
    }
}
