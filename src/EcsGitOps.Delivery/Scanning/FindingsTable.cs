using System.Globalization;

namespace EcsGitOps.Delivery.Scanning;

/// <summary>The findings of a verdict as a text table, worst first, then what was ignored and what expired.</summary>
public static class FindingsTable
{
    private static readonly string[] Headers = ["Package", "Installed", "Fixed", "Severity", "ID"];

    public static IReadOnlyList<string> Render(ScanVerdict verdict)
    {
        var rows = verdict.Counted
            .OrderByDescending(finding => finding.Severity)
            .ThenBy(finding => finding.Package, StringComparer.Ordinal)
            .ThenBy(finding => finding.VulnerabilityId, StringComparer.Ordinal)
            .Select(finding => new[] { finding.Package, finding.InstalledVersion, finding.FixedVersion ?? "-", SeverityText.Of(finding.Severity), finding.VulnerabilityId })
            .ToList();
        var lines = new List<string>();
        if (rows.Count > 0)
        {
            var widths = Enumerable.Range(0, Headers.Length).Select(column => rows.Append(Headers).Max(row => row[column].Length)).ToArray();
            string Line(string[] cells) => string.Join("  ", cells.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd();
            lines.Add(Line(Headers));
            lines.AddRange(rows.Select(Line));
        }
        if (verdict.Ignored.Count > 0)
        {
            lines.Add("Ignored (accepted in the ignore file):");
            lines.AddRange(verdict.Ignored.Select(ignored =>
                $"  {ignored.Finding.VulnerabilityId} in {ignored.Finding.Package} ({SeverityText.Of(ignored.Finding.Severity)}): {ignored.Rule.Statement}"
                + (ignored.Rule.ExpiredAt is { } until ? $" (until {until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})" : "")));
        }
        if (verdict.ExpiredRules.Count > 0)
        {
            lines.Add("Expired ignores (their findings count again):");
            lines.AddRange(verdict.ExpiredRules.Select(rule => $"  {rule.Id}: {rule.Statement} (expired {rule.ExpiredAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)})"));
        }
        return lines;
    }
}
