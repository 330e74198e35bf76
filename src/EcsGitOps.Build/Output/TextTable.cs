namespace EcsGitOps.Build.Output;

internal static class TextTable
{
    /// <summary>Rows with columns padded to their widest cell, trailing spaces trimmed.</summary>
    public static IEnumerable<string> Align(IReadOnlyList<IReadOnlyList<string>> rows, string indent = "  ", string gap = "  ")
    {
        var widths = Enumerable.Range(0, rows.Max(r => r.Count)).Select(c => rows.Max(r => c < r.Count ? r[c].Length : 0)).ToArray();
        return rows.Select(row => (indent + string.Join(gap, row.Select((cell, c) => cell.PadRight(widths[c])))).TrimEnd());
    }
}
