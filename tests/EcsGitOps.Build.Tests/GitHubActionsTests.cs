using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class GitHubActionsTests : IDisposable
{
    readonly TestRepository repository = new();

    public GitHubActionsTests()
    {
        repository.Environment["GITHUB_ACTIONS"] = "true";
        repository.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(repository.Root, "step-summary.md");
        File.WriteAllText(repository.Environment["GITHUB_STEP_SUMMARY"], "# Earlier step\n\n");
    }

    public void Dispose() => repository.Dispose();

    sealed class Workflow : BuildBase
    {
        public bool ServerBuild;
        public Target Compile => _ => _.Executes(() => { ServerBuild = IsServerBuild; Log.Information("compiling"); ReportSummary("Warnings", "0"); });
        public Target Push => _ => _.DependsOn(Compile).Executes(() => throw new InvalidOperationException("Push to 127.0.0.1:5000/app failed: 50% done, 100% broken"));
        public Target Deploy => _ => _.DependsOn(Push);
    }

    [Fact]
    public async Task Each_target_is_a_collapsible_group()
    {
        var run = await repository.RunAsync(new Workflow(), "Compile");
        Assert.Equal(["::group::Compile", "compiling", "::endgroup::"], run.Lines[..3]);
    }

    [Fact]
    public async Task A_failure_becomes_an_error_annotation_titled_with_the_target()
    {
        var run = await repository.RunAsync(new Workflow(), "Deploy");
        Assert.Contains("::error title=Push::Push to 127.0.0.1:5000/app failed: 50%25 done, 100%25 broken", run.Lines);
    }

    [Fact]
    public async Task The_summary_is_appended_to_the_step_summary_as_a_markdown_table()
    {
        await repository.RunAsync(new Workflow(), "Deploy");
        Assert.Equal(
            """
            # Earlier step

            | Target | Status | Duration | Notes |
            | --- | --- | ---: | --- |
            | Compile | Succeeded | 0:00.00 | Warnings: 0 |
            | Push | Failed | 0:00.00 | Push to 127.0.0.1:5000/app failed: 50% done, 100% broken |
            | Deploy | Not run | | |
            | **Total** | **Failed** | **0:00.00** | 3 targets |


            """.ReplaceLineEndings("\n"),
            repository.Read("step-summary.md"));
    }

    [Fact]
    public async Task GitHub_Actions_is_a_server_build()
    {
        var build = new Workflow();
        await repository.RunAsync(build, "Compile");
        Assert.True(build.ServerBuild);
    }

    [Fact]
    public async Task A_step_summary_that_cannot_be_written_is_a_warning_not_a_failure()
    {
        repository.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(repository.Root, "missing", "summary.md");
        var run = await repository.RunAsync(new Workflow(), "Compile");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains(run.Lines, l => l.StartsWith("warning: Cannot append the summary to GITHUB_STEP_SUMMARY"));
    }

    [Fact]
    public async Task Outside_GitHub_Actions_there_are_no_workflow_commands()
    {
        repository.Environment.Remove("GITHUB_ACTIONS");
        var run = await repository.RunAsync(new Workflow(), "Deploy");
        Assert.DoesNotContain("::", run.Out);
        Assert.Equal("# Earlier step\n\n", repository.Read("step-summary.md"));
    }
}
