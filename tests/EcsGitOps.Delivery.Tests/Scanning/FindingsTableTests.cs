using EcsGitOps.Delivery.Scanning;

namespace EcsGitOps.Delivery.Tests.Scanning;

public sealed class FindingsTableTests
{
    [Fact]
    public void Lists_package_installed_fixed_severity_and_id_worst_first_then_ignored_and_expired()
    {
        var report = TrivyReport.Parse(Fixture.Read("trivy-noble-chiseled.json"), "ecsgitops/sample-api:1.4.2");
        var verdict = ScanGate.Evaluate(report, IgnoreFile.Load(Fixture.Path("trivyignore.yaml")), Severity.Critical,
            new DateTimeOffset(2026, 11, 27, 18, 0, 0, TimeSpan.Zero));

        var lines = FindingsTable.Render(verdict);

        Assert.Equal(
        [
            "Package                                   Installed          Fixed              Severity  ID",
            "Microsoft.AspNetCore.Server.Kestrel.Core  2.2.0              2.3.6              CRITICAL  CVE-2025-55315",
            "System.Text.Json                          8.0.4              8.0.5              HIGH      CVE-2024-43485",
            "libc6                                     2.39-0ubuntu8.3    2.39-0ubuntu8.5    MEDIUM    CVE-2025-4802",
            "libssl3t64                                3.0.13-0ubuntu3.4  3.0.13-0ubuntu3.5  LOW       CVE-2024-9143",
            "Ignored (accepted in the ignore file):",
            "  CVE-2023-4039 in libstdc++6 (LOW): Affects AArch64 builds only; the image is amd64.",
            "  CVE-2023-45853 in zlib1g (MEDIUM): MiniZip is not built into zlib1g; the service never writes zip files. (until 2027-03-31)",
            "Expired ignores (their findings count again):",
            "  CVE-2025-4802: Only static setuid binaries are affected; the image has none. (expired 2026-06-30)",
        ], lines);
    }

    [Fact]
    public void No_findings_give_no_table() =>
        Assert.Empty(FindingsTable.Render(ScanGate.Evaluate(new ScanReport("img", "trivy", []), [], Severity.Critical, DateTimeOffset.UnixEpoch)));
}
