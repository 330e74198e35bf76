using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class ParameterFileTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    sealed class Rollout : BuildBase
    {
        [Parameter] public string Strategy { get; set; } = "ecs";
        [Parameter] public int StepWeight { get; set; } = 10;
        [Parameter] public bool DryRun { get; set; }
        [Parameter] public string[] Alarms { get; set; } = [];
        [Parameter, Secret] public string? Token { get; set; }

        public List<string> Ran { get; } = [];
        public Target Deploy => _ => _.Executes(() => Ran.Add(nameof(Deploy)));
    }

    [Theory]
    [InlineData(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "Stratgy": "ecs" }""",
        "Unknown parameter 'Stratgy' in .nuke/parameters.json. Did you mean 'Strategy'? Fix or remove the key; run with --help to list parameters.")]
    [InlineData(".nuke/parameters.local.json", """{ "step-wieght": 20 }""",
        "Unknown parameter 'step-wieght' in .nuke/parameters.local.json. Did you mean 'step-weight'? Fix or remove the key; run with --help to list parameters.")]
    [InlineData(".nuke/parameters.json", """{ "Verbosity": "verbose" }""",
        "'Verbosity' in .nuke/parameters.json is an option of the command line, not a parameter, and is not read from files: pass --verbosity on the command line and remove the key.")]
    [InlineData(".nuke/parameters.json", """{ "StepWeight": 20, "step-weight": 30 }""",
        "\"StepWeight\" and \"step-weight\" in .nuke/parameters.json both set --step-weight: keep one of them.")]
    [InlineData(".nuke/parameters.json", """{ "StepWeight": null, "stepweight": 30 }""",
        "\"StepWeight\" and \"stepweight\" in .nuke/parameters.json both set --step-weight: keep one of them.")]
    [InlineData(".nuke/parameters.json", """{ "DryRun": [] }""",
        "Invalid value for parameter --dry-run (bool) from .nuke/parameters.json: expected one value, not an array.")]
    [InlineData(".nuke/parameters.json", """{ "Strategy": ["ecs", "task-set"] }""",
        "Invalid value for parameter --strategy (string) from .nuke/parameters.json: expected one value, not an array.")]
    [InlineData(".nuke/parameters.json", """{ "Strategy": { "name": "ecs" } }""",
        "Invalid value for parameter --strategy (string) from .nuke/parameters.json: expected one value, not an object.")]
    [InlineData(".nuke/parameters.json", """{ "Alarms": ["a", null] }""",
        "Invalid value for parameter --alarms (string[]) from .nuke/parameters.json: expected an array of strings, numbers or booleans.")]
    [InlineData(".nuke/parameters.json", """{ "Alarms": [["a"]] }""",
        "Invalid value for parameter --alarms (string[]) from .nuke/parameters.json: expected an array of strings, numbers or booleans.")]
    [InlineData(".nuke/parameters.json", """{ "Token": { "value": "s3cr3t" } }""",
        "Invalid value for secret parameter --token (string) from .nuke/parameters.json: expected one value, not an object.")]
    [InlineData(".nuke/parameters.json", """[ { "Strategy": "ecs" } ]""",
        "Cannot read .nuke/parameters.json: the top level is an array, not an object of parameter names and values. Write it as { \"Name\": value }.")]
    [InlineData(".nuke/parameters.json", "\"ecs\"",
        "Cannot read .nuke/parameters.json: the top level is a string, not an object of parameter names and values. Write it as { \"Name\": value }.")]
    public async Task A_key_or_value_the_build_cannot_use_is_one_usage_line_naming_the_file(string file, string json, string error)
    {
        repository.Write(file, json);
        var build = new Rollout();
        var run = await repository.RunAsync(build, file.EndsWith(".local.json") ? ["Deploy", "--profile", "local"] : ["Deploy"]);
        Assert.Equal((2, error + "\n", ""), (run.ExitCode, run.Error, run.Out));
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task A_null_value_leaves_the_parameter_unset_and_arrays_take_strings_numbers_and_booleans()
    {
        repository.Write(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "strategy": null, "Alarms": ["cpu", 5, true] }""");
        var build = new Rollout();
        var run = await repository.RunAsync(build, "Deploy");
        Assert.Equal((0, "ecs", "cpu|5|true"), (run.ExitCode, build.Strategy, string.Join("|", build.Alarms)));
    }
}
