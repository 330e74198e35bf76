using System.Collections.Concurrent;
using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

/// <summary>Keeps what a deployment reported, per stack and in order, and also writes it as the real writer does.</summary>
public sealed class RecordingProgress : IStackProgress
{
    readonly ConcurrentQueue<(string Stack, object Item)> items = new();
    readonly StringWriter text = new();
    readonly StackProgressWriter writer;

    public RecordingProgress() => writer = new StackProgressWriter(TextWriter.Synchronized(text));

    public string Text => text.ToString();

    public IReadOnlyList<ChangeSetSummary> ChangeSets(string stack) => Of<ChangeSetSummary>(stack);

    public IReadOnlyList<StackEventLine> Events(string stack) => Of<StackEventLine>(stack);

    public IReadOnlyList<string> Notes(string stack) => Of<string>(stack);

    public void ChangeSet(string stackName, ChangeSetSummary changeSet) => Add(stackName, changeSet, () => writer.ChangeSet(stackName, changeSet));

    public void Event(string stackName, StackEventLine line) => Add(stackName, line, () => writer.Event(stackName, line));

    public void Note(string stackName, string message) => Add(stackName, message, () => writer.Note(stackName, message));

    void Add(string stack, object item, Action write)
    {
        items.Enqueue((stack, item));
        write();
    }

    IReadOnlyList<T> Of<T>(string stack) => items.Where(i => i.Stack == stack).Select(i => i.Item).OfType<T>().ToList();
}
