using EcsGitOps.Build.Execution;

namespace EcsGitOps.Build.Output;

/// <summary>The table shown after the targets ran, as text and as GitHub Markdown.</summary>
internal static class SummaryWriter
{
    static string[] Header => ["Target", "Status", "Duration", "Notes"];

    public static IEnumerable<string> Lines(IReadOnlyList<TargetResult> results, TimeSpan total)
    {
        var rows = Rows(results, total);
        var widths = Enumerable.Range(0, Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        var rule = widths.Select(w => new string('-', w)).ToArray();
        var lines = TextTable.Align([Header, rule, .. rows[1..^1], rule, rows[^1]], indent: "").ToList();
        return ["", .. lines];
    }

    public static string Markdown(IReadOnlyList<TargetResult> results, TimeSpan total)
    {
        var rows = Rows(results, total);
        var cells = rows.Select(r => r.Select(c => c.Replace("|", "\\|")).ToArray()).ToList();
        cells[^1] = [.. cells[^1].Select((c, i) => i < 3 ? $"**{c}**" : c)];
        return string.Join("\n", [
            Row(Header),
            "| --- | --- | ---: | --- |",
            .. cells[1..].Select(Row),
        ]) + "\n\n";
    }

    static string Row(string[] cells) => "|" + string.Concat(cells.Select(c => c.Length == 0 ? " |" : $" {c} |"));

    public static string Outcome(IReadOnlyList<TargetResult> results) =>
        results.Any(r => r.Status == TargetStatus.Failed) ? "Failed"
        : results.Any(r => r.Status == TargetStatus.Cancelled) ? "Cancelled"
        : "Succeeded";

    static List<string[]> Rows(IReadOnlyList<TargetResult> results, TimeSpan total) =>
    [
        Header,
        .. results.Select(r => new[] { r.Name, r.StatusText, r.Status is TargetStatus.Skipped or TargetStatus.NotRun ? "" : Duration(r.Duration), Notes(r) }),
        ["Total", Outcome(results), Duration(total), $"{results.Count} targets"],
    ];

    static string Notes(TargetResult result) =>
        string.Join("; ", (result.Notes ?? []).Concat(result.Status == TargetStatus.Failed && result.Reason is { } reason ? [reason] : []));

    static string Duration(TimeSpan duration) => $"{(int)duration.TotalMinutes}:{duration:ss\\.ff}";
}
