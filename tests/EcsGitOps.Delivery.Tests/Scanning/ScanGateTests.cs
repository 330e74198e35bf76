using EcsGitOps.Delivery.Scanning;

namespace EcsGitOps.Delivery.Tests.Scanning;

public sealed class ScanGateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 18, 0, 0, TimeSpan.Zero);
    private static readonly ScanReport Report = TrivyReport.Parse(Fixture.Read("trivy-noble-chiseled.json"), "ecsgitops/sample-api:1.4.2");

    [Fact]
    public void The_default_gate_blocks_only_critical_findings()
    {
        var verdict = ScanGate.Evaluate(Report, [], new ScanImageOptions().FailOn, Now);

        Assert.False(verdict.Passed);
        Assert.Equal(["CVE-2025-55315"], verdict.Blocking.Select(finding => finding.VulnerabilityId));
        Assert.Equal(6, verdict.Counted.Count);
    }

    [Theory]
    [InlineData(Severity.Critical, 1)]
    [InlineData(Severity.High, 2)]
    [InlineData(Severity.Medium, 4)]
    [InlineData(Severity.Low, 6)]
    [InlineData(Severity.Unknown, 6)]
    public void Findings_at_or_above_the_threshold_block_in_the_order_unknown_low_medium_high_critical(Severity failOn, int blocking) =>
        Assert.Equal(blocking, ScanGate.Evaluate(Report, [], failOn, Now).Blocking.Count);

    [Fact]
    public void An_ignored_finding_does_not_count_or_block_and_keeps_its_statement()
    {
        var rule = new IgnoreRule("CVE-2025-55315", "Kestrel.Core 2.x is only referenced by a build tool, not served.", new DateOnly(2027, 1, 31));

        var verdict = ScanGate.Evaluate(Report, [rule], Severity.Critical, Now);

        Assert.True(verdict.Passed);
        Assert.Equal(rule, Assert.Single(verdict.Ignored).Rule);
        Assert.DoesNotContain(verdict.Counted, finding => finding.VulnerabilityId == "CVE-2025-55315");
    }

    [Fact]
    public void An_expired_ignore_no_longer_ignores_and_is_reported()
    {
        var expired = new IgnoreRule("CVE-2025-55315", "Waiting for the 2.3.6 package.", new DateOnly(2026, 11, 1));

        var verdict = ScanGate.Evaluate(Report, [expired], Severity.Critical, Now);

        Assert.False(verdict.Passed);
        Assert.Empty(verdict.Ignored);
        Assert.Equal([expired], verdict.ExpiredRules);
        Assert.Equal("CVE-2025-55315", Assert.Single(verdict.Blocking).VulnerabilityId);
    }

    [Fact]
    public void An_ignore_expires_at_the_start_of_its_expired_at_day_in_utc()
    {
        var rule = new IgnoreRule("CVE-1", "reason", new DateOnly(2026, 11, 28));

        Assert.False(rule.IsExpired(new DateTimeOffset(2026, 11, 27, 23, 59, 59, TimeSpan.Zero)));
        Assert.True(rule.IsExpired(new DateTimeOffset(2026, 11, 28, 0, 0, 0, TimeSpan.Zero)));
        Assert.True(rule.IsExpired(new DateTimeOffset(2026, 11, 27, 20, 0, 0, TimeSpan.FromHours(-5))));
    }

    [Fact]
    public void The_summary_counts_by_severity_and_states_the_gate_outcome()
    {
        var rules = IgnoreFile.Load(Fixture.Path("trivyignore.yaml"));

        var verdict = ScanGate.Evaluate(Report, rules, Severity.Critical, Now);

        Assert.Equal("trivy: 4 findings (1 CRITICAL, 1 HIGH, 1 MEDIUM, 1 LOW), 2 ignored, 1 expired ignore; gate CRITICAL: failed (1 at or above)", verdict.Summary);
    }
}
