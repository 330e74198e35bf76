namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>Line diff (longest common subsequence) printed as unified-diff hunks.</summary>
static class UnifiedDiff
{
    public static IReadOnlyList<string> Hunks(IReadOnlyList<string> before, IReadOnlyList<string> after, int context)
    {
        var edits = Edits(before, after);
        var changed = edits.Select((e, i) => (e, i)).Where(x => x.e.Op != ' ').Select(x => x.i).ToList();
        var lines = new List<string>();
        var next = 0;
        while (next < changed.Count)
        {
            var first = changed[next];
            var last = first;
            while (next + 1 < changed.Count && changed[next + 1] - last <= 2 * context)
                last = changed[++next];
            next++;
            var start = Math.Max(0, first - context);
            var end = Math.Min(edits.Count - 1, last + context);
            var hunk = edits.Skip(start).Take(end - start + 1).ToList();
            var oldStart = edits.Take(start).Count(e => e.Op != '+') + 1;
            var newStart = edits.Take(start).Count(e => e.Op != '-') + 1;
            var oldCount = hunk.Count(e => e.Op != '+');
            var newCount = hunk.Count(e => e.Op != '-');
            lines.Add($"@@ -{Range(oldStart, oldCount)} +{Range(newStart, newCount)} @@");
            lines.AddRange(hunk.Select(e => $"{e.Op}{e.Line}"));
        }
        return lines;
    }

    static string Range(int start, int count) => count switch
    {
        0 => $"{start - 1},0",
        1 => $"{start}",
        _ => $"{start},{count}",
    };

    static List<(char Op, string Line)> Edits(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        // common[i, j]: length of the longest common subsequence of a[i..] and b[j..].
        var common = new int[a.Count + 1, b.Count + 1];
        for (var i = a.Count - 1; i >= 0; i--)
            for (var j = b.Count - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var edits = new List<(char, string)>(a.Count + b.Count);
        int x = 0, y = 0;
        while (x < a.Count || y < b.Count)
        {
            if (x < a.Count && y < b.Count && a[x] == b[y]) { edits.Add((' ', a[x])); x++; y++; }
            else if (x < a.Count && (y == b.Count || common[x + 1, y] >= common[x, y + 1])) edits.Add(('-', a[x++]));
            else edits.Add(('+', b[y++]));
        }
        return edits;
    }
}
