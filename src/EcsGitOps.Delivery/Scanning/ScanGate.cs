namespace EcsGitOps.Delivery.Scanning;

/// <summary>Applies the ignore rules and the --fail-on-severity threshold to a scan report.</summary>
public static class ScanGate
{
    public static ScanVerdict Evaluate(ScanReport report, IReadOnlyList<IgnoreRule> rules, Severity failOn, DateTimeOffset now)
    {
        var active = rules.Where(rule => !rule.IsExpired(now)).ToList();
        var counted = new List<Finding>();
        var ignored = new List<IgnoredFinding>();
        foreach (var finding in report.Findings)
        {
            if (active.FirstOrDefault(rule => rule.Matches(finding)) is { } rule) ignored.Add(new IgnoredFinding(finding, rule));
            else counted.Add(finding);
        }
        return new ScanVerdict(report.Image, report.Scanner, failOn, counted, ignored,
            [.. rules.Where(rule => rule.IsExpired(now))],
            [.. counted.Where(finding => finding.Severity >= failOn)]);
    }
}
