using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class CachingTests : IDisposable
{
    readonly TestRepository repository = new();

    public CachingTests()
    {
        repository.Write("src/app.cs", "class App {}");
        repository.Write("src/lib.cs", "class Lib {}");
        repository.Write("src/notes.md", "not an input");
    }

    public void Dispose() => repository.Dispose();

    sealed class Compiling(Journal journal, bool fail = false) : BuildBase
    {
        [Parameter] public string Configuration { get; set; } = "Debug";

        public Target Compile => _ => _
            .Inputs("src/**/*.cs", "!src/generated/**")
            .Outputs("out/app.dll", "out/docs")
            .Executes(() =>
            {
                journal.Add(nameof(Compile));
                if (fail) throw new InvalidOperationException("compiler crashed");
                Directory.CreateDirectory(Path.Combine(RootDirectory, "out", "docs"));
                File.WriteAllText(Path.Combine(RootDirectory, "out", "app.dll"), "binary");
                File.WriteAllText(Path.Combine(RootDirectory, "out", "docs", "index.html"), "docs");
            });
    }

    [Fact]
    public async Task A_second_run_with_nothing_changed_is_up_to_date_and_does_not_execute()
    {
        var journal = new Journal();
        await Run(journal);
        var second = await Run(journal);
        Assert.Equal(["Compile"], journal.Entries);
        Assert.Equal("Up to date", second.Status("Compile"));
    }

    [Fact]
    public async Task Changing_an_input_file_runs_the_target_again()
    {
        var journal = new Journal();
        await Run(journal);
        repository.Write("src/lib.cs", "class Lib { int x; }");
        var second = await Run(journal);
        Assert.Equal(["Compile", "Compile"], journal.Entries);
        Assert.Equal("Succeeded", second.Status("Compile"));
    }

    [Fact]
    public async Task Adding_an_input_file_runs_the_target_again()
    {
        var journal = new Journal();
        await Run(journal);
        repository.Write("src/more/extra.cs", "class Extra {}");
        await Run(journal);
        Assert.Equal(2, journal.Entries.Count);
    }

    [Fact]
    public async Task Files_outside_the_input_globs_do_not_matter()
    {
        var journal = new Journal();
        await Run(journal);
        repository.Write("src/notes.md", "edited");
        repository.Write("src/generated/skip.cs", "excluded by !");
        await Run(journal);
        Assert.Single(journal.Entries);
    }

    [Fact]
    public async Task Changing_a_parameter_value_runs_the_target_again()
    {
        var journal = new Journal();
        await Run(journal);
        await Run(journal, "--configuration", "Release");
        await Run(journal, "--configuration", "Release");
        Assert.Equal(["Compile", "Compile"], journal.Entries);
    }

    [Theory]
    [InlineData("out/app.dll")]
    [InlineData("out/docs/index.html")]
    public async Task Deleting_an_output_runs_the_target_again(string output)
    {
        var journal = new Journal();
        await Run(journal);
        File.Delete(Path.Combine(repository.Root, output));
        await Run(journal);
        Assert.Equal(2, journal.Entries.Count);
    }

    [Fact]
    public async Task Changing_an_output_runs_the_target_again()
    {
        var journal = new Journal();
        await Run(journal);
        repository.Write("out/app.dll", "tampered");
        await Run(journal);
        Assert.Equal(2, journal.Entries.Count);
    }

    [Fact]
    public async Task No_cache_runs_the_target_even_when_nothing_changed()
    {
        var journal = new Journal();
        await Run(journal);
        var second = await Run(journal, "--no-cache");
        Assert.Equal(["Compile", "Compile"], journal.Entries);
        Assert.Equal("Succeeded", second.Status("Compile"));
    }

    [Fact]
    public async Task A_failed_run_is_not_remembered()
    {
        var journal = new Journal();
        var failed = await repository.RunAsync(new Compiling(journal, fail: true), "Compile");
        repository.Write("out/app.dll", "left over");
        Directory.CreateDirectory(Path.Combine(repository.Root, "out", "docs"));
        await Run(journal);
        Assert.Equal((1, 2), (failed.ExitCode, journal.Entries.Count));
    }

    [Fact]
    public async Task The_cache_file_holds_hashes_only()
    {
        await Run(new Journal(), "--configuration", "Release-Candidate");
        var entry = repository.Read(".nuke/temp/cache/Compile.json");
        Assert.Matches("""^\{"inputs":"[0-9a-f]{64}","parameters":"[0-9a-f]{64}","outputs":"[0-9a-f]{64}"\}\n$""", entry);
    }

    sealed class Testing(Journal journal, string uses = "Configuration") : BuildBase
    {
        [Parameter] public string Configuration { get; set; } = "Debug";

        [Parameter] public string AppVersion { get; set; } = "1.0.0";

        public Target Test => _ => _
            .Inputs("src/**/*.cs")
            .Uses(uses)
            .Executes(journal.Record(nameof(Test)));
    }

    [Fact]
    public async Task A_target_that_uses_named_parameters_stays_up_to_date_when_another_parameter_changes()
    {
        var journal = new Journal();
        await repository.RunAsync(new Testing(journal), "Test");
        var otherChanged = await repository.RunAsync(new Testing(journal), "Test", "--app-version", "2.0.0");
        var usedChanged = await repository.RunAsync(new Testing(journal), "Test", "--app-version", "2.0.0", "--configuration", "Release");

        Assert.Equal(("Up to date", "Succeeded"), (otherChanged.Status("Test"), usedChanged.Status("Test")));
        Assert.Equal(["Test", "Test"], journal.Entries);
    }

    [Fact]
    public async Task Using_a_parameter_the_build_does_not_declare_is_one_clear_error()
    {
        var run = await repository.RunAsync(new Testing(new Journal(), uses: "Configuraton"), "Test");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Target Test uses parameter Configuraton, which Testing does not declare", run.Error);
    }

    sealed class Everything(Journal journal) : BuildBase
    {
        public Target Archive => _ => _.Inputs("**/*", "!archive.txt").Outputs("archive.txt").Executes(() =>
        {
            journal.Add(nameof(Archive));
            File.WriteAllText(Path.Combine(RootDirectory, "archive.txt"), "archived");
        });
    }

    [Fact]
    public async Task The_cache_folder_is_never_an_input()
    {
        var journal = new Journal();
        await repository.RunAsync(new Everything(journal));
        var second = await repository.RunAsync(new Everything(journal));
        Assert.Equal("Up to date", second.Status("Archive"));
    }

    sealed class Plain(Journal journal) : BuildBase
    {
        public Target Compile => _ => _.Executes(journal.Record(nameof(Compile)));
    }

    [Fact]
    public async Task A_target_without_inputs_or_outputs_always_runs()
    {
        var journal = new Journal();
        await repository.RunAsync(new Plain(journal));
        await repository.RunAsync(new Plain(journal));
        Assert.Equal(2, journal.Entries.Count);
        Assert.False(Directory.Exists(Path.Combine(repository.Root, ".nuke", "temp", "cache")));
    }

    sealed class Linting(Journal journal, Func<string> version, bool enabled = true) : BuildBase
    {
        public Target Lint => _ => _
            .OnlyWhenDynamic(() => enabled)
            .Inputs("src/**/*.cs")
            .Inputs(() => Read("linter", version), "linter --version")
            .Executes(journal.Record(nameof(Lint)));

        public Target Format => _ => _.Inputs(() => Read("formatter", () => "2.0")).Executes(journal.Record(nameof(Format)));

        string Read(string tool, Func<string> value)
        {
            journal.Add($"read {tool}");
            return value();
        }
    }

    [Fact]
    public async Task A_target_stays_up_to_date_while_its_input_value_is_unchanged_and_runs_again_when_it_changes()
    {
        var journal = new Journal();
        var version = "1.0";
        await repository.RunAsync(new Linting(journal, () => version), "Lint");
        var unchanged = await repository.RunAsync(new Linting(journal, () => version), "Lint");
        version = "1.1";
        var changed = await repository.RunAsync(new Linting(journal, () => version), "Lint");

        Assert.Equal(("Up to date", "Succeeded"), (unchanged.Status("Lint"), changed.Status("Lint")));
        Assert.Equal(["read linter", "Lint", "read linter", "read linter", "Lint"], journal.Entries);
    }

    [Fact]
    public async Task An_input_value_alone_makes_a_target_cacheable()
    {
        var journal = new Journal();
        await repository.RunAsync(new Linting(journal, () => "1.0"), "Format");
        var second = await repository.RunAsync(new Linting(journal, () => "1.0"), "Format");
        Assert.Equal("Up to date", second.Status("Format"));
        Assert.Equal(["read formatter", "Format", "read formatter"], journal.Entries);
    }

    [Theory]
    [InlineData(true, "Lint --no-cache")]
    [InlineData(true, "Lint --plan")]
    [InlineData(true, "Lint --help")]
    [InlineData(true, "Format")]
    [InlineData(false, "Lint")]
    public async Task An_input_value_is_read_only_when_the_cache_decides_whether_its_target_runs(bool enabled, string args)
    {
        var journal = new Journal();
        var run = await repository.RunAsync(new Linting(journal, () => "1.0", enabled), args.Split(' '));
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain("read linter", journal.Entries);
    }

    [Fact]
    public async Task An_input_value_that_throws_leaves_the_target_to_run_without_the_cache()
    {
        var journal = new Journal();
        Func<string> missing = () => throw new InvalidOperationException("linter not found");
        var first = await repository.RunAsync(new Linting(journal, missing), "Lint");
        var second = await repository.RunAsync(new Linting(journal, missing), "Lint");

        Assert.Equal((0, "Succeeded", "Succeeded"), (second.ExitCode, first.Status("Lint"), second.Status("Lint")));
        Assert.Contains("Cannot read input linter --version of Lint (linter not found): running it without the cache.", second.Out + second.Error);
        Assert.False(repository.Exists(".nuke/temp/cache/Lint.json"));
    }

    sealed class Imaging(Journal journal, Func<bool> stillThere) : BuildBase
    {
        public Target Image => _ => _
            .Inputs("src/**/*.cs")
            .Outputs("out/image.json")
            .OutputsValid(() => stillThere())
            .Executes(() =>
            {
                journal.Add(nameof(Image));
                Directory.CreateDirectory(Path.Combine(RootDirectory, "out"));
                File.WriteAllText(Path.Combine(RootDirectory, "out", "image.json"), "{}");
            });
    }

    [Fact]
    public async Task A_target_whose_outputs_are_no_longer_valid_runs_again_though_its_hashes_match()
    {
        var journal = new Journal();
        var there = true;
        await repository.RunAsync(new Imaging(journal, () => there), "Image");
        var valid = await repository.RunAsync(new Imaging(journal, () => there), "Image");
        there = false;
        var gone = await repository.RunAsync(new Imaging(journal, () => there), "Image");

        Assert.Equal(("Up to date", "Succeeded"), (valid.Status("Image"), gone.Status("Image")));
        Assert.Equal(["Image", "Image"], journal.Entries);
        Assert.Contains("Outputs of Image no longer valid: stillThere() is false; running it again.", gone.Out);
    }

    [Fact]
    public async Task An_output_check_that_throws_runs_the_target_again_and_says_why()
    {
        var journal = new Journal();
        await repository.RunAsync(new Imaging(journal, () => true), "Image");
        var second = await repository.RunAsync(new Imaging(journal, () => throw new IOException("engine not reachable")), "Image");

        Assert.Equal("Succeeded", second.Status("Image"));
        Assert.Contains("Outputs of Image no longer valid: stillThere() failed (engine not reachable); running it again.", second.Out);
    }

    async Task<BuildRun> Run(Journal journal, params string[] args)
    {
        var run = await repository.RunAsync(new Compiling(journal), ["Compile", .. args]);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
        return run;
    }
}
