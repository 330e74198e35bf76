namespace EcsGitOps.Build.Tests.Support;

/// <summary>What one build invocation returned and wrote.</summary>
public sealed record BuildRun(int ExitCode, string Out, string Error)
{
    public string[] Lines => Out.Split('\n', StringSplitOptions.None).Select(l => l.TrimEnd('\r')).ToArray();

    /// <summary>The Status cell of a target's row in the summary table.</summary>
    public string Status(string target) => Cell(target, "Status", "Duration");

    public string Notes(string target) => Cell(target, "Notes", null);

    /// <summary>The Status cell of the summary's Total row.</summary>
    public string Outcome => Cell("Total", "Status", "Duration");

    public IReadOnlyList<string> SummaryTargets => SummaryRows().Select(l => l.Split(' ')[0]).ToList();

    string Cell(string target, string column, string? next)
    {
        var header = Header();
        var row = SummaryRows().Append(Lines.Last(l => l.StartsWith("Total ", StringComparison.Ordinal))).SingleOrDefault(l => l.Split(' ')[0] == target)
            ?? throw new InvalidOperationException($"No summary row for {target} in:\n{Out}");
        var start = header.IndexOf(column, StringComparison.Ordinal);
        var end = next is null ? row.Length : Math.Min(row.Length, header.IndexOf(next, StringComparison.Ordinal));
        return start >= row.Length ? "" : row[start..end].Trim();
    }

    string Header() => Lines.Last(l => l.StartsWith("Target ", StringComparison.Ordinal) && l.Contains("Status"));

    IEnumerable<string> SummaryRows() =>
        Lines.SkipWhile(l => l != Header()).Skip(2).TakeWhile(l => !l.StartsWith("---", StringComparison.Ordinal));
}
