using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class ContinueTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    sealed class Release(Journal journal) : BuildBase
    {
        [Parameter] public string Stage { get; set; } = "dev";
        public Target Build => _ => _.Executes(journal.Record(nameof(Build)));
        public Target Push => _ => _.DependsOn(Build).Executes(() =>
        {
            journal.Add(nameof(Push));
            if (!File.Exists(Path.Combine(RootDirectory, "registry-up"))) throw new InvalidOperationException("registry unreachable");
        });
        public Target Deploy => _ => _.DependsOn(Push).Executes(journal.Record(nameof(Deploy)));
    }

    [Fact]
    public async Task Continue_skips_what_succeeded_in_the_previous_identical_invocation()
    {
        var journal = new Journal();
        var failed = await repository.RunAsync(new Release(journal), "Deploy");
        repository.Write("registry-up", "");
        var resumed = await repository.RunAsync(new Release(journal), "Deploy", "--continue");
        Assert.Equal((1, 0), (failed.ExitCode, resumed.ExitCode));
        Assert.Equal(["Build", "Push", "Push", "Deploy"], journal.Entries);
        Assert.Equal("Skipped (succeeded in the previous run)", resumed.Status("Build"));
    }

    [Fact]
    public async Task Continue_remembers_earlier_successes_across_several_resumptions()
    {
        var journal = new Journal();
        await repository.RunAsync(new Release(journal), "Deploy");
        await repository.RunAsync(new Release(journal), "Deploy", "--continue");
        repository.Write("registry-up", "");
        await repository.RunAsync(new Release(journal), "Deploy", "--continue");
        Assert.Equal(["Build", "Push", "Push", "Push", "Deploy"], journal.Entries);
    }

    [Theory]
    [InlineData("Deploy", "--stage", "prod", "--continue")]
    [InlineData("Push", "--continue")]
    public async Task Continue_after_a_different_invocation_runs_everything(params string[] args)
    {
        var journal = new Journal();
        await repository.RunAsync(new Release(journal), "Deploy");
        repository.Write("registry-up", "");
        await repository.RunAsync(new Release(journal), args);
        Assert.Equal(2, journal.Entries.Count(e => e == "Build"));
    }

    [Fact]
    public async Task Without_continue_everything_runs_again()
    {
        var journal = new Journal();
        await repository.RunAsync(new Release(journal), "Deploy");
        repository.Write("registry-up", "");
        await repository.RunAsync(new Release(journal), "Deploy");
        Assert.Equal(["Build", "Push", "Build", "Push", "Deploy"], journal.Entries);
    }
}
