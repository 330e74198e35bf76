using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class ParallelTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    /// <summary>Left and Right each wait for the other to start: they can only finish if they run at the same time.</summary>
    sealed class Rendezvous(Journal journal, CancellationToken deadlock) : BuildBase
    {
        readonly TaskCompletionSource leftStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        readonly TaskCompletionSource rightStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Target Prepare => _ => _.Executes(journal.Record(nameof(Prepare)));
        public Target Left => _ => _.DependsOn(Prepare).Executes(() => Meet("left", leftStarted, rightStarted));
        public Target Right => _ => _.DependsOn(Prepare).Executes(() => Meet("right", rightStarted, leftStarted));
        public Target Join => _ => _.DependsOn(Left, Right).Executes(journal.Record(nameof(Join)));
        public Target Late => _ => _.After(Join).Executes(journal.Record(nameof(Late)));

        async Task Meet(string name, TaskCompletionSource mine, TaskCompletionSource theirs)
        {
            Log.Information($"{name} waiting");
            mine.SetResult();
            await theirs.Task.WaitAsync(deadlock);
            Log.Information($"{name} met");
            journal.Add(name);
        }
    }

    [Fact]
    public async Task Targets_with_no_ordering_between_them_run_at_the_same_time()
    {
        using var deadlock = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var journal = new Journal();
        var run = await repository.RunAsync(new Rendezvous(journal, deadlock.Token), "Join", "Late", "--parallel");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(("Succeeded", "Succeeded"), (run.Status("Left"), run.Status("Right")));
    }

    [Fact]
    public async Task Dependencies_and_ordering_still_hold_when_running_in_parallel()
    {
        using var deadlock = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var journal = new Journal();
        await repository.RunAsync(new Rendezvous(journal, deadlock.Token), "Join", "Late", "--parallel");
        Assert.Equal("Prepare", journal.Entries[0]);
        Assert.Equal(["Join", "Late"], journal.Entries.TakeLast(2));
    }

    [Fact]
    public async Task Each_target_output_is_written_as_one_block()
    {
        using var deadlock = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        var run = await repository.RunAsync(new Rendezvous(new Journal(), deadlock.Token), "Join", "--parallel");
        foreach (var side in new[] { "left", "right" })
        {
            var header = Array.IndexOf(run.Lines, $"=== {char.ToUpperInvariant(side[0])}{side[1..]} ===");
            Assert.Equal([$"{side} waiting", $"{side} met"], run.Lines[(header + 1)..(header + 3)]);
        }
    }

    sealed class FailingBranch(Journal journal) : BuildBase
    {
        public Target Broken => _ => _.Executes(() => throw new InvalidOperationException("broken"));
        public Target After => _ => _.DependsOn(Broken).Executes(journal.Record(nameof(After)));
        public Target Cleanup => _ => _.After(After).AssuredAfterFailure().Executes(journal.Record(nameof(Cleanup)));
    }

    [Fact]
    public async Task Failure_semantics_are_the_same_in_parallel()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new FailingBranch(journal), "After", "Cleanup", "--parallel");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Cleanup"], journal.Entries);
        Assert.Equal("Not run", run.Status("After"));
    }
}
