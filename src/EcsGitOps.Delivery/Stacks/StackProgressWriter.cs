using System.Globalization;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>Writes progress as plain lines, each prefixed with its stack, so concurrent stacks stay readable.</summary>
public sealed class StackProgressWriter(TextWriter writer) : IStackProgress
{
    readonly Lock gate = new();

    public void ChangeSet(string stackName, ChangeSetSummary changeSet)
    {
        lock (gate)
        {
            writer.WriteLine($"{stackName}: change set {changeSet.Name} ({changeSet.Type}, {Count(changeSet.Rows.Count)})");
            foreach (var line in ChangeSetTable.Lines(changeSet))
                writer.WriteLine($"{stackName}:   {line}");
        }
    }

    public void Event(string stackName, StackEventLine line)
    {
        var time = line.Time.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        var reason = string.IsNullOrWhiteSpace(line.Reason) ? "" : $"  {line.Reason}";
        lock (gate)
            writer.WriteLine($"{stackName}: {time}  {line.Status,-28} {line.LogicalId} ({line.Type}){reason}");
    }

    public void Note(string stackName, string message)
    {
        lock (gate)
            writer.WriteLine($"{stackName}: {message}");
    }

    static string Count(int changes) => changes == 1 ? "1 change" : $"{changes} changes";
}
