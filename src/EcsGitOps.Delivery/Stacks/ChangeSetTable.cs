namespace EcsGitOps.Delivery.Stacks;

/// <summary>A change set as aligned text: action, logical id, type, replacement.</summary>
public static class ChangeSetTable
{
    static readonly string[] Header = ["Action", "Logical id", "Type", "Replacement"];

    public static IReadOnlyList<string> Lines(ChangeSetSummary changeSet)
    {
        if (changeSet.Rows.Count == 0)
            return ["(no resource changes)"];
        var cells = changeSet.Rows
            .Select(r => new[] { r.Action, r.LogicalId, r.Type, r.Replacement.Length == 0 ? "-" : r.Replacement })
            .Prepend(Header)
            .ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => cells.Max(row => row[c].Length)).ToArray();
        return cells.Select(row => string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd()).ToList();
    }
}
