using System.Collections.Concurrent;
using EcsGitOps.Build.Output;

namespace EcsGitOps.Build.Execution;

/// <summary>One target's output while it runs: written through, or held and flushed as one block under --parallel.</summary>
internal sealed class TargetRun
{
    readonly BuildOutput output;
    readonly List<string>? buffer;
    readonly ConcurrentQueue<string> notes = new();

    public TargetRun(string name, BuildOutput output, bool buffered)
    {
        this.output = output;
        buffer = buffered ? [] : null;
        Emit(output.OpenTarget(name));
    }

    public IReadOnlyList<string> Notes => [.. notes];

    public void Note(string note) => notes.Enqueue(note);

    public void Write(LogLevel level, string message)
    {
        if (output.Shows(level)) Emit(BuildOutput.Format(level, message));
    }

    public void Finish(string? annotation)
    {
        Emit(output.CloseTarget());
        Emit(annotation);
        if (buffer is null) return;
        lock (buffer) output.WriteLines([.. buffer]);
    }

    void Emit(string? line)
    {
        if (line is null) return;
        if (buffer is null) output.WriteLines([line]);
        else lock (buffer) buffer.Add(line);
    }
}
