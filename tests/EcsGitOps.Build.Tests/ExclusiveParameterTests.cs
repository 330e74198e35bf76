using System.Text.Json;
using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class ExclusiveParameterTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    sealed class Rollout : BuildBase
    {
        [Parameter("Traffic steps")] public string? Steps { get; set; }
        [Parameter("Weight added at each step", Excludes = [nameof(Steps)])] public int? StepWeight { get; set; }
        [Parameter(Excludes = [nameof(StepWeight)])] public string? Percentages { get; set; }
        [Parameter] public int? MaxWeight { get; set; }

        public List<string> Ran { get; } = [];
        public Target Deploy => _ => _.Executes(() => Ran.Add(nameof(Deploy)));
    }

    [Fact]
    public async Task The_command_line_wins_over_a_profile_that_sets_the_other_parameter()
    {
        repository.Write(".nuke/parameters.local.json", """{ "Steps": "10,50,100", "MaxWeight": 50 }""");
        var build = await Bind("--profile", "local", "--step-weight", "20");
        Assert.Equal((null, 20, 50), (build.Steps, build.StepWeight, build.MaxWeight));
    }

    [Fact]
    public async Task Exclusion_holds_whichever_side_declares_it()
    {
        repository.Write(".nuke/parameters.local.json", """{ "StepWeight": 20 }""");
        var build = await Bind("--profile", "local", "--steps", "5,100");
        Assert.Equal(("5,100", (int?)null), (build.Steps, build.StepWeight));
    }

    [Fact]
    public async Task The_environment_wins_over_parameters_json()
    {
        repository.Write(".nuke/parameters.json", """{ "Steps": "10,100" }""");
        repository.Environment["STEP_WEIGHT"] = "25";
        var build = await Bind();
        Assert.Equal((null, 25), (build.Steps, build.StepWeight));
    }

    [Theory]
    [InlineData("first", "second", null, 20)]
    [InlineData("second", "first", "10,100", null)]
    public async Task The_later_profile_wins_over_the_earlier_one(string earlier, string later, string? steps, int? stepWeight)
    {
        repository.Write(".nuke/parameters.first.json", """{ "Steps": "10,100" }""");
        repository.Write(".nuke/parameters.second.json", """{ "StepWeight": 20 }""");
        var build = await Bind("--profile", earlier, "--profile", later);
        Assert.Equal((steps, stepWeight), (build.Steps, build.StepWeight));
    }

    [Fact]
    public async Task A_parameter_left_unset_by_a_higher_one_does_not_exclude_others()
    {
        repository.Write(".nuke/parameters.local.json", """{ "StepWeight": 20 }""");
        repository.Write(".nuke/parameters.json", """{ "Percentages": "25,100" }""");
        var build = await Bind("--profile", "local", "--steps", "5,100");
        Assert.Equal(("5,100", (int?)null, "25,100"), (build.Steps, build.StepWeight, build.Percentages));
    }

    [Fact]
    public async Task Both_on_the_command_line_is_one_usage_line() =>
        Assert.Equal("--step-weight and --steps exclude each other, and both are set on the command line: pass only one of them.\n",
            await Error("--steps", "10,100", "--step-weight", "20"));

    [Fact]
    public async Task Both_in_one_file_names_the_keys_as_written_and_the_file()
    {
        repository.Write(".nuke/parameters.local.json", """{ "Steps": "10,100", "step-weight": 20 }""");
        Assert.Equal("\"step-weight\" (--step-weight) and \"Steps\" (--steps) exclude each other, and both are set in .nuke/parameters.local.json: remove one of them.\n",
            await Error("--profile", "local"));
    }

    [Fact]
    public async Task Both_in_the_environment_names_the_variables()
    {
        repository.Environment["STEPS"] = "10,100";
        repository.Environment["StepWeight"] = "20";
        Assert.Equal("StepWeight (--step-weight) and STEPS (--steps) exclude each other, and both are set in the environment: unset one of them.\n",
            await Error());
    }

    [Fact]
    public async Task Help_names_the_excluded_parameters_on_both_sides()
    {
        var run = await repository.RunAsync(new Rollout(), "--help");
        Assert.Contains(run.Lines, l => l.StartsWith("  --steps <string>") && l.EndsWith("Traffic steps (excludes --step-weight)"));
        Assert.Contains(run.Lines, l => l.StartsWith("  --step-weight <int>") && l.EndsWith("Weight added at each step (excludes --percentages, --steps)"));
    }

    [Fact]
    public void The_schema_forbids_both_in_one_file()
    {
        var rules = JsonDocument.Parse(BuildSchema.Generate(typeof(Rollout))).RootElement.GetProperty("allOf").EnumerateArray()
            .Select(rule => string.Join(" ", rule.GetProperty("not").GetProperty("required").EnumerateArray().Select(name => name.GetString())));
        Assert.Equal(["Percentages StepWeight", "StepWeight Steps"], rules);
    }

    sealed class Misdeclared : BuildBase
    {
        [Parameter] public string? Steps { get; set; }
        [Parameter(Excludes = ["Stepz"])] public int? StepWeight { get; set; }
        public Target Deploy => _ => _;
    }

    [Fact]
    public async Task Excluding_an_undeclared_parameter_is_a_build_definition_error()
    {
        var run = await repository.RunAsync(new Misdeclared());
        Assert.Equal((2, "Parameter StepWeight excludes Stepz, which Misdeclared does not declare: pass the [Parameter] member's name, e.g. Excludes = [nameof(Other)].\n"),
            (run.ExitCode, run.Error));
    }

    async Task<Rollout> Bind(params string[] args)
    {
        var build = new Rollout();
        var run = await repository.RunAsync(build, ["Deploy", .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        return build;
    }

    async Task<string> Error(params string[] args)
    {
        var build = new Rollout();
        var run = await repository.RunAsync(build, ["Deploy", .. args]);
        Assert.Equal((2, "", 0), (run.ExitCode, run.Out, build.Ran.Count));
        return run.Error;
    }
}
