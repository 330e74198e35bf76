namespace EcsGitOps.Build.Cli;

internal static class Suggestions
{
    /// <summary>Candidates ordered by edit distance to <paramref name="typed"/> (case-insensitive), ties kept in their given order.</summary>
    public static IEnumerable<string> Closest(string typed, IEnumerable<string> candidates) =>
        candidates.Select((candidate, index) => (candidate, index, distance: Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant())))
            .OrderBy(c => c.distance).ThenBy(c => c.index).Select(c => c.candidate);

    static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }
        return previous[b.Length];
    }
}
