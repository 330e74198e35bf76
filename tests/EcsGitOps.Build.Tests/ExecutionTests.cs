using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class ExecutionTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    sealed class Pipeline(Journal journal, string? failing = null) : BuildBase
    {
        public Target Restore => _ => _.Executes(Step(nameof(Restore)));
        public Target Compile => _ => _.DependsOn(Restore).Executes(Step(nameof(Compile)));
        public Target Test => _ => _.DependsOn(Compile).Executes(async () => { await Task.Yield(); Step(nameof(Test))(); });
        public Target Lint => _ => _.After(Compile).ProceedAfterFailure().Executes(Step(nameof(Lint)));
        public Target Docs => _ => _.After(Compile).Executes(Step(nameof(Docs)));
        public Target Analyze => _ => _.DependsOn(Compile).ProceedAfterFailure().Executes(Step(nameof(Analyze)));
        public Target Cleanup => _ => _.DependsOn(Test).AssuredAfterFailure().Executes(Step(nameof(Cleanup)));
        public Target Group => _ => _.DependsOn(Compile);

        Action Step(string name) => () =>
        {
            journal.Add(name);
            if (name == failing) throw new InvalidOperationException($"{name} broke: exit code 3\n   at some stack frame");
        };
    }

    [Fact]
    public async Task Targets_run_in_plan_order_and_the_build_exits_0()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Pipeline(journal), "Test");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Restore", "Compile", "Test"], journal.Entries);
        Assert.All(["Restore", "Compile", "Test"], t => Assert.Equal("Succeeded", run.Status(t)));
    }

    [Fact]
    public async Task Without_targets_the_default_target_runs() =>
        Assert.Equal(["Restore"], await Run(new Journal()));

    [Fact]
    public async Task A_target_without_actions_succeeds()
    {
        var run = await repository.RunAsync(new Pipeline(new Journal()), "Group");
        Assert.Equal((0, "Succeeded"), (run.ExitCode, run.Status("Group")));
    }

    [Fact]
    public async Task A_failing_target_fails_the_build_with_its_first_message_line_and_its_dependents_are_not_run()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Pipeline(journal, failing: "Compile"), "Test");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Restore", "Compile"], journal.Entries);
        Assert.Equal("Failed", run.Status("Compile"));
        Assert.Equal("Compile broke: exit code 3", run.Notes("Compile"));
        Assert.Equal("Not run", run.Status("Test"));
        Assert.Equal("Failed", run.Outcome);
    }

    [Fact]
    public async Task After_a_failure_only_ProceedAfterFailure_targets_whose_dependencies_held_still_run()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Pipeline(journal, failing: "Compile"), "Docs", "Lint", "Analyze", "Compile");
        Assert.Equal(["Restore", "Compile", "Lint"], journal.Entries);
        Assert.Equal(("Succeeded", "Not run", "Not run"), (run.Status("Lint"), run.Status("Docs"), run.Status("Analyze")));
    }

    [Fact]
    public async Task AssuredAfterFailure_targets_run_even_when_their_dependencies_failed()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Pipeline(journal, failing: "Test"), "Cleanup");
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Restore", "Compile", "Test", "Cleanup"], journal.Entries);
        Assert.Equal("Succeeded", run.Status("Cleanup"));
    }

    sealed class Conditions(Journal journal) : BuildBase
    {
        bool prepared;
        public Target Prepare => _ => _.Executes(() => prepared = true);
        public Target Deploy => _ => _.After(Prepare).OnlyWhenDynamic(() => prepared).Executes(journal.Record(nameof(Deploy)));
        public Target Verify => _ => _.After(Prepare).OnlyWhenStatic(() => prepared).Executes(journal.Record(nameof(Verify)));
        public Target Announce => _ => _.After(Prepare).OnlyWhenDynamic(() => !prepared).Executes(journal.Record(nameof(Announce)));
    }

    [Fact]
    public async Task Dynamic_conditions_see_what_earlier_targets_did_and_static_ones_do_not()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Conditions(journal), "Prepare", "Deploy", "Verify", "Announce");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Deploy"], journal.Entries);
        Assert.Equal("Skipped (prepared)", run.Status("Verify"));
        Assert.Equal("Skipped (!prepared)", run.Status("Announce"));
    }

    sealed class Requiring(Journal journal) : BuildBase
    {
        [Parameter("Image tag")] public string? ImageTag { get; set; }
        [Parameter] public string[] Regions { get; set; } = [];
        public Target Push => _ => _.Requires(() => ImageTag).Executes(journal.Record(nameof(Push)));
        public Target Replicate => _ => _.Requires(() => Regions).OnlyWhenStatic(() => ImageTag != "local").Executes(journal.Record(nameof(Replicate)));
        public Target Compile => _ => _.Executes(journal.Record(nameof(Compile)));
        public Target Release => _ => _.DependsOn(Compile, Push, Replicate);
    }

    [Fact]
    public async Task A_missing_required_parameter_stops_the_build_before_anything_runs()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Requiring(journal), "Release");
        Assert.Equal(2, run.ExitCode);
        Assert.Empty(journal.Entries);
        Assert.Equal(
            ["Target Push requires --image-tag: pass --image-tag <value>, set IMAGE_TAG, or add \"ImageTag\" to .nuke/parameters.json.",
             "Target Replicate requires --regions: pass --regions <value>, set REGIONS, or add \"Regions\" to .nuke/parameters.json."],
            run.Error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Requirements_of_skipped_targets_are_not_checked()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Requiring(journal), "Release", "--image-tag", "local");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(["Push", "Compile"], journal.Entries);
    }

    sealed class Lifecycle(Journal journal, bool rejectParameters = false) : BuildBase
    {
        public Target Work => _ => _.Executes(() => { journal.Add("Work"); ReportSummary("Image", "sha256:abc"); ReportSummary("Pushed", "yes"); });

        protected override void OnBuildInitialized()
        {
            journal.Add("initialized");
            if (rejectParameters) throw new InvalidOperationException("Region and Account disagree: pass both or neither.");
        }

        protected override void OnBuildFinished(bool succeeded) => journal.Add($"finished {succeeded}");
    }

    [Fact]
    public async Task The_build_is_told_when_it_starts_and_finishes_and_targets_add_notes_to_the_summary()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Lifecycle(journal), "Work");
        Assert.Equal(["initialized", "Work", "finished True"], journal.Entries);
        Assert.Equal("Image: sha256:abc; Pushed: yes", run.Notes("Work"));
    }

    [Fact]
    public async Task An_exception_from_OnBuildInitialized_is_a_usage_error()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Lifecycle(journal, rejectParameters: true), "Work");
        Assert.Equal((2, "Region and Account disagree: pass both or neither.\n"), (run.ExitCode, run.Error));
        Assert.Equal(["initialized"], journal.Entries);
    }

    sealed class Cancellable(Journal journal, TaskCompletionSource started) : BuildBase
    {
        public Target Deploy => _ => _.Executes(async ct => { started.SetResult(); await Task.Delay(Timeout.Infinite, ct); });
        public Target Verify => _ => _.DependsOn(Deploy).Executes(journal.Record(nameof(Verify)));
        public Target Report => _ => _.After(Verify).Executes(journal.Record(nameof(Report)));
        public Target Teardown => _ => _.After(Report).AssuredAfterFailure().Executes(async ct => { await Task.Yield(); journal.Add($"Teardown cancelled={ct.IsCancellationRequested}"); });
    }

    [Fact]
    public async Task Cancelling_stops_the_running_target_and_runs_only_assured_targets()
    {
        var journal = new Journal();
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var cancellation = new CancellationTokenSource();
        var running = repository.RunAsync(new Cancellable(journal, started), cancellation.Token, "Verify", "Report", "Teardown");
        await started.Task;
        await cancellation.CancelAsync();
        var run = await running;
        Assert.Equal(1, run.ExitCode);
        Assert.Equal(["Teardown cancelled=False"], journal.Entries);
        Assert.Equal(("Cancelled", "Not run", "Not run", "Succeeded"), (run.Status("Deploy"), run.Status("Verify"), run.Status("Report"), run.Status("Teardown")));
        Assert.Equal("Cancelled", run.Outcome);
    }

    sealed class Chatty : BuildBase
    {
        public Target Speak => _ => _.Executes(() =>
        {
            Log.Debug("debug line");
            Log.Information("information line");
            Log.Warning("warning line");
            Log.Error("error line");
        });
    }

    [Theory]
    [InlineData("quiet", "error line")]
    [InlineData("minimal", "=== Speak ===|warning: warning line|error: error line|Total")]
    [InlineData("normal", "=== Speak ===|information line|warning: warning line|error: error line|Total")]
    [InlineData("verbose", "=== Speak ===|debug line|information line|warning: warning line|error: error line|Total")]
    public async Task Verbosity_decides_which_lines_are_shown(string verbosity, string expected)
    {
        var run = await repository.RunAsync(new Chatty(), "--verbosity", verbosity);
        var shown = run.Lines.Where(l => l.Contains("line") || l.StartsWith("===") || l.StartsWith("Total"));
        Assert.Equal(expected.Split('|'), shown.Select(l => l.StartsWith("Total") ? "Total" : l.Replace("error: error line", verbosity == "quiet" ? "error line" : "error: error line")));
    }

    [Fact]
    public async Task Each_target_opens_with_a_header_line_drawn_in_box_characters_on_a_terminal()
    {
        var plain = await repository.RunAsync(new Chatty());
        repository.IsTerminal = true;
        var terminal = await repository.RunAsync(new Chatty());
        Assert.Contains("=== Speak ===", plain.Lines);
        Assert.Contains("═══ Speak ═══", terminal.Lines);
    }

    sealed class Rooted : BuildBase
    {
        public string? Seen;
        public Target Look => _ => _.Executes(() => Seen = $"{RootDirectory}|{TemporaryDirectory}|{IsServerBuild}|{string.Join(",", Profiles)}");
    }

    [Fact]
    public async Task The_root_is_the_nearest_folder_holding_nuke_and_CI_marks_a_server_build()
    {
        repository.WorkingDirectory = Directory.CreateDirectory(Path.Combine(repository.Root, "src", "deep")).FullName;
        repository.Environment["CI"] = "true";
        repository.Write(".nuke/parameters.ci.json", "{}");
        var build = new Rooted();
        await repository.RunAsync(build, "--profile", "ci");
        Assert.Equal($"{repository.Root}|{Path.Combine(repository.Root, ".nuke", "temp")}|True|ci", build.Seen);
    }

    [Fact]
    public async Task An_unknown_target_on_the_command_line_exits_2_and_runs_nothing()
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Pipeline(journal), "Restore", "Tset");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Unknown target 'Tset'. Available: Test, ", run.Error);
        Assert.Empty(journal.Entries);
    }

    [Fact]
    public async Task Root_names_the_root_folder_explicitly()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(repository.Root, "elsewhere")).FullName;
        var build = new Rooted();
        await repository.RunAsync(build, "--root", "elsewhere");
        var missing = await repository.RunAsync(new Rooted(), "--root", "nowhere");
        Assert.StartsWith($"{elsewhere}|", build.Seen);
        Assert.Equal((2, "Root folder 'nowhere' does not exist: pass an existing folder to --root.\n"), (missing.ExitCode, missing.Error));
    }

    [Theory]
    [InlineData("CI", "true", true)]
    [InlineData("GITHUB_ACTIONS", "true", true)]
    [InlineData("CODEBUILD_BUILD_ID", "ecs-gitops:1", true)]
    [InlineData("CI", "false", false)]
    public async Task CI_GitHub_Actions_and_CodeBuild_are_server_builds(string variable, string value, bool server)
    {
        repository.Environment[variable] = value;
        var build = new Rooted();
        await repository.RunAsync(build);
        Assert.EndsWith($"|{server}|", build.Seen);
    }

    async Task<IReadOnlyList<string>> Run(Journal journal)
    {
        var run = await repository.RunAsync(new Pipeline(journal));
        Assert.Equal(0, run.ExitCode);
        return journal.Entries;
    }
}
