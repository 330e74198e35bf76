namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>Turns character offsets into 1-based line numbers.</summary>
sealed class LineIndex(string text)
{
    readonly int[] starts = [0, .. text.Select((c, i) => (c, i)).Where(x => x.c == '\n').Select(x => x.i + 1)];

    public int LineOf(int offset)
    {
        var found = Array.BinarySearch(starts, offset);
        return found >= 0 ? found + 1 : ~found;
    }
}
