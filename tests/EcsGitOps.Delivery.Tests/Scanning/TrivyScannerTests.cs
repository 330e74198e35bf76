using System.Runtime.Versioning;
using EcsGitOps.Delivery.Scanning;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Scanning;

/// <summary>Trivy cannot be installed on these machines: the command line is checked against a stand-in script that
/// replays a report in Trivy's real format, and the absent-Trivy paths against a path with nothing there.</summary>
public sealed class TrivyScannerTests : IDisposable
{
    private static readonly ScanTarget Target = new("ecsgitops/sample-api:1.4.2");
    private readonly TempDirectory _bin = new();

    public void Dispose() => _bin.Dispose();

    [Fact]
    public async Task Trivy_that_is_not_installed_is_not_available()
    {
        Assert.False(await new TrivyScanner(Path.Combine(_bin.Path, "trivy")).IsAvailableAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Scanning_without_trivy_fails_saying_how_to_install_it()
    {
        var missing = Path.Combine(_bin.Path, "trivy");

        var error = await Assert.ThrowsAsync<ImageScanException>(() => new TrivyScanner(missing).ScanAsync(Target, CancellationToken.None));

        Assert.Equal($"Trivy not found as '{missing}': install it (https://trivy.dev) or enable ECR scanning.", error.Message);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Runs_trivy_image_with_json_output_and_reads_the_report_WithAStandInTrivyReplayingARealReport()
    {
        var trivy = StandIn($$"""
            if [ "$1" = "--version" ]; then echo "Version: 0.58.1"; exit 0; fi
            [ "$1 $2 $3 $4 $5 $6 $7" = "image --format json --scanners vuln --quiet --output" ] || { echo "unexpected arguments: $*" >&2; exit 2; }
            [ "$9" = "{{Target.Reference}}" ] || { echo "unexpected image: $9" >&2; exit 2; }
            cp "{{Fixture.Path("trivy-noble-chiseled.json")}}" "$8"
            """);
        var scanner = new TrivyScanner(trivy);

        var available = await scanner.IsAvailableAsync(CancellationToken.None);
        var report = await scanner.ScanAsync(Target, CancellationToken.None);

        Assert.True(available);
        Assert.Equal(6, report.Findings.Count);
        Assert.Equal(Target.Reference, report.Image);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task With_an_sbom_trivy_also_scans_it_and_its_findings_join_the_image_s_WithAStandInTrivy()
    {
        var sbom = _bin.Write("sbom.cdx.json", "{}");
        var calls = Path.Combine(_bin.Path, "calls");
        var trivy = StandIn($$"""
            echo "$1 $9" >> "{{calls}}"
            if [ "$1" = "image" ]; then cp "{{Fixture.Path("trivy-noble-chiseled.json")}}" "$8"; exit 0; fi
            [ "$1" = "sbom" ] && [ "$9" = "{{sbom}}" ] || { echo "unexpected arguments: $*" >&2; exit 2; }
            sed 's/CVE-/GHSA-/g' "{{Fixture.Path("trivy-noble-chiseled.json")}}" > "$8"
            """);

        var report = await new TrivyScanner(trivy).ScanAsync(Target with { Sbom = sbom }, CancellationToken.None);

        Assert.Equal([$"image {Target.Reference}", $"sbom {sbom}"], File.ReadAllLines(calls));
        Assert.Equal(12, report.Findings.Count);
        Assert.Equal(Target.Reference, report.Image);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task A_failing_trivy_run_fails_with_its_last_error_line_WithAStandInTrivy()
    {
        var trivy = StandIn("""
            echo "2026-11-27T18:42:07Z INFO Need to update DB" >&2
            echo "2026-11-27T18:42:09Z FATAL Fatal error: init error: DB error: failed to download vulnerability DB" >&2
            exit 1
            """);

        var error = await Assert.ThrowsAsync<ImageScanException>(() => new TrivyScanner(trivy).ScanAsync(Target, CancellationToken.None));

        Assert.Equal($"trivy image {Target.Reference} failed with exit code 1: 2026-11-27T18:42:09Z FATAL Fatal error: init error: DB error: failed to download vulnerability DB", error.Message);
    }

    [UnsupportedOSPlatform("windows")]
    private string StandIn(string body)
    {
        var path = _bin.Write("trivy", "#!/bin/sh\n" + body + "\n");
        File.SetUnixFileMode(path, (UnixFileMode)0b111_101_101);
        return path;
    }
}
