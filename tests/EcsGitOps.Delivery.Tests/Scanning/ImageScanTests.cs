using EcsGitOps.Delivery.Scanning;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Scanning;

public sealed class ImageScanTests
{
    private static readonly ScanTarget Target = new("ecsgitops/sample-api:1.4.2");
    private readonly List<string> _output = [];
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 27, 18, 0, 0, TimeSpan.Zero));

    private ImageScan Scan(params IImageScanner[] scanners) => new(scanners, _output.Add, _time);

    private static IImageScanner NotInstalledTrivy => new TrivyScanner("/nonexistent/trivy");

    [Fact]
    public async Task Without_any_scanner_it_fails_saying_how_to_get_one()
    {
        var error = await Assert.ThrowsAsync<ImageScanException>(() => Scan(NotInstalledTrivy).RunAsync(Target, new ScanImageOptions(), CancellationToken.None));

        Assert.Equal("No image scanner available for ecsgitops/sample-api:1.4.2: install Trivy (https://trivy.dev) or enable ECR scanning, or pass --allow-unscanned to go on without a scan.", error.Message);
    }

    [Fact]
    public async Task Without_any_scanner_but_unscanned_allowed_it_warns_and_passes_unscanned()
    {
        var verdict = await Scan(NotInstalledTrivy).RunAsync(Target, new ScanImageOptions(AllowUnscanned: true), CancellationToken.None);

        Assert.False(verdict.Scanned);
        Assert.True(verdict.Passed);
        Assert.Equal(["warning: ecsgitops/sample-api:1.4.2 not scanned: no scanner available and unscanned images allowed"], _output);
    }

    [Fact]
    public async Task The_first_available_scanner_is_used()
    {
        var verdict = await Scan(NotInstalledTrivy, new TrivyReportFileScanner(Fixture.Path("trivy-local-base.json")))
            .RunAsync(Target, new ScanImageOptions(), CancellationToken.None);

        Assert.Equal("trivy", verdict.Scanner);
        Assert.Equal("Scanning ecsgitops/sample-api:1.4.2 with trivy", _output[0]);
        Assert.Equal("trivy: no findings; gate CRITICAL: passed", _output[^1]);
    }

    [Fact]
    public async Task A_tripped_gate_fails_in_one_line_naming_the_findings_and_keeps_the_verdict()
    {
        var scan = Scan(new TrivyReportFileScanner(Fixture.Path("trivy-noble-chiseled.json")));

        var error = await Assert.ThrowsAsync<ImageScanException>(() => scan.RunAsync(Target, new ScanImageOptions(Severity.High), CancellationToken.None));

        Assert.Equal("Image ecsgitops/sample-api:1.4.2 has 2 findings at or above HIGH (CVE-2025-55315 in Microsoft.AspNetCore.Server.Kestrel.Core, CVE-2024-43485 in System.Text.Json): "
            + "update the affected packages, or accept them in .trivyignore.yaml with a statement and expired_at.", error.Message);
        Assert.Equal(2, error.Verdict!.Blocking.Count);
        Assert.Contains(_output, line => line.StartsWith("Package ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Findings_below_the_gate_or_ignored_pass_and_are_still_printed()
    {
        var ignore = Path.Combine(Path.GetTempPath(), $"ignore-{Guid.NewGuid():N}.yaml");
        await File.WriteAllTextAsync(ignore, "vulnerabilities:\n  - id: CVE-2025-55315\n    statement: Only a build tool references Kestrel.Core 2.x.\n    expired_at: 2027-01-31\n");
        try
        {
            var verdict = await Scan(new TrivyReportFileScanner(Fixture.Path("trivy-noble-chiseled.json")))
                .RunAsync(Target, new ScanImageOptions(IgnoreFile: ignore), CancellationToken.None);

            Assert.True(verdict.Passed);
            Assert.Equal("CVE-2025-55315", Assert.Single(verdict.Ignored).Finding.VulnerabilityId);
            Assert.Contains(_output, line => line.EndsWith("HIGH      CVE-2024-43485", StringComparison.Ordinal));
            Assert.Equal("trivy: 5 findings (1 HIGH, 2 MEDIUM, 2 LOW), 1 ignored; gate CRITICAL: passed", _output[^1]);
        }
        finally
        {
            File.Delete(ignore);
        }
    }

    [Fact]
    public async Task A_missing_report_file_says_how_to_produce_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "missing-" + Guid.NewGuid().ToString("N") + ".json");

        var error = await Assert.ThrowsAsync<ImageScanException>(() => new TrivyReportFileScanner(path).ScanAsync(Target, CancellationToken.None));

        Assert.Equal($"Trivy report not found: {path}: run `trivy image --format json --output {path} ecsgitops/sample-api:1.4.2` first.", error.Message);
    }
}
