using System.Collections.Concurrent;

namespace EcsGitOps.Build.Tests.Support;

/// <summary>Records which targets ran, in the order they ran.</summary>
public sealed class Journal
{
    readonly ConcurrentQueue<string> entries = new();

    public IReadOnlyList<string> Entries => [.. entries];

    public void Add(string entry) => entries.Enqueue(entry);

    public Action Record(string entry) => () => Add(entry);
}
