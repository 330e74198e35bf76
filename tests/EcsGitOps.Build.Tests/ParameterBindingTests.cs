using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class ParameterBindingTests : IDisposable
{
    readonly TestRepository repository = new();

    public void Dispose() => repository.Dispose();

    public enum Strategy { CodeDeploy, Ecs, TaskSet }

    public sealed class Parameters : BuildBase
    {
        [Parameter("Image tag")] readonly string ImageTag = "default";
        [Parameter] public int Retries { get; set; } = 3;
        [Parameter] public long Bytes { get; set; }
        [Parameter] public double Ratio { get; set; }
        [Parameter] public bool DryRun { get; set; }
        [Parameter] public Strategy Strategy { get; set; }
        [Parameter] public TimeSpan Interval { get; set; }
        [Parameter] public string[] Regions { get; set; } = [];
        [Parameter] public int[] Weights { get; set; } = [];
        [Parameter] public int? Timeout { get; set; }
        [Parameter(Name = "Cluster")] public string? ClusterName { get; set; }

        public string Tag => ImageTag;
        public List<string> Ran { get; } = [];
        public Target Deploy => _ => _.Executes(() => Ran.Add(nameof(Deploy)));
        public Target Verify => _ => _.Executes(() => Ran.Add(nameof(Verify)));
    }

    [Fact]
    public async Task Each_source_overrides_the_ones_below_it()
    {
        repository.Write(".nuke/parameters.json", """{ "ImageTag": "from-parameters-json" }""");
        Assert.Equal("from-parameters-json", await Tag());

        repository.Write(".nuke/parameters.staging.json", """{ "ImageTag": "from-staging" }""");
        repository.Write(".nuke/parameters.hotfix.json", """{ "image-tag": "from-hotfix" }""");
        Assert.Equal("from-staging", await Tag("--profile", "staging"));
        Assert.Equal("from-hotfix", await Tag("--profile", "staging", "--profile", "hotfix"));
        Assert.Equal("from-staging", await Tag("--profile", "hotfix", "--profile", "staging"));

        repository.Environment["IMAGE_TAG"] = "from-environment";
        Assert.Equal("from-environment", await Tag("--profile", "hotfix"));

        Assert.Equal("from-cli", await Tag("--profile", "hotfix", "--image-tag", "from-cli"));
    }

    [Fact]
    public async Task Without_any_source_a_parameter_keeps_its_initial_value() =>
        Assert.Equal("default", await Tag());

    [Theory]
    [InlineData("--image-tag", "v1")]
    [InlineData("--Image-Tag", "v1")]
    [InlineData("--imagetag", "v1")]
    [InlineData("--image-tag=v1")]
    public async Task Command_line_names_are_kebab_case_ignoring_case_and_dashes(params string[] args) =>
        Assert.Equal("v1", await Tag(args));

    [Theory]
    [InlineData("ImageTag")]
    [InlineData("IMAGE_TAG")]
    [InlineData("image_tag")]
    public async Task Environment_variables_match_the_member_name_ignoring_case_and_underscores(string variable)
    {
        repository.Environment[variable] = "v2";
        Assert.Equal("v2", await Tag());
    }

    [Fact]
    public async Task An_empty_environment_variable_counts_as_unset()
    {
        repository.Environment["IMAGE_TAG"] = "";
        Assert.Equal("default", await Tag());
    }

    [Fact]
    public async Task The_exact_environment_name_wins_over_a_look_alike()
    {
        repository.Environment["IMAGE_TAG"] = "look-alike";
        repository.Environment["ImageTag"] = "exact";
        Assert.Equal("exact", await Tag());
    }

    [Fact]
    public async Task A_parameter_Name_replaces_the_member_name_everywhere()
    {
        Assert.Equal("blue", (await Bind("--cluster", "blue")).ClusterName);
        repository.Environment["CLUSTER"] = "green";
        Assert.Equal("green", (await Bind()).ClusterName);
    }

    public static TheoryData<string[], Func<Parameters, object?>, object?> Conversions => new()
    {
        { ["--retries", "7"], p => p.Retries, 7 },
        { ["--bytes", "5000000000"], p => p.Bytes, 5_000_000_000L },
        { ["--ratio", "0.25"], p => p.Ratio, 0.25 },
        { ["--dry-run"], p => p.DryRun, true },
        { ["--dry-run", "false"], p => p.DryRun, false },
        { ["--dry-run=TRUE"], p => p.DryRun, true },
        { ["--strategy", "taskset"], p => p.Strategy, Strategy.TaskSet },
        { ["--strategy", "task-set"], p => p.Strategy, Strategy.TaskSet },
        { ["--interval", "30s"], p => p.Interval, TimeSpan.FromSeconds(30) },
        { ["--interval", "5m"], p => p.Interval, TimeSpan.FromMinutes(5) },
        { ["--interval", "1h"], p => p.Interval, TimeSpan.FromHours(1) },
        { ["--interval", "250ms"], p => p.Interval, TimeSpan.FromMilliseconds(250) },
        { ["--interval", "00:05:00"], p => p.Interval, TimeSpan.FromMinutes(5) },
        { ["--regions", "eu-west-1", "us-east-1"], p => string.Join("|", p.Regions), "eu-west-1|us-east-1" },
        { ["--regions", "eu-west-1,us-east-1"], p => string.Join("|", p.Regions), "eu-west-1|us-east-1" },
        { ["--weights", "10", "90"], p => string.Join("|", p.Weights), "10|90" },
        { ["--timeout", "30"], p => p.Timeout, 30 },
        { [], p => p.Timeout, null },
    };

    [Theory]
    [MemberData(nameof(Conversions))]
    public async Task Values_are_converted_to_the_declared_type(string[] args, Func<Parameters, object?> read, object? expected) =>
        Assert.Equal(expected, read(await Bind(args)));

    [Fact]
    public async Task Json_files_hold_numbers_booleans_and_arrays()
    {
        repository.Write(".nuke/parameters.json", """{ "$schema": "./build.schema.json", "Retries": 9, "dry-run": true, "Weights": [1, 99], "Regions": ["a", "b"], "Timeout": null }""");
        var build = await Bind();
        Assert.Equal((9, true, "1|99", "a|b", (int?)null), (build.Retries, build.DryRun, string.Join("|", build.Weights), string.Join("|", build.Regions), build.Timeout));
    }

    [Fact]
    public async Task Environment_values_for_arrays_are_comma_separated()
    {
        repository.Environment["REGIONS"] = "eu-west-1, us-east-1";
        Assert.Equal(["eu-west-1", "us-east-1"], (await Bind()).Regions);
    }

    [Fact]
    public async Task A_bool_flag_leaves_the_next_word_to_be_a_target()
    {
        var build = new Parameters();
        await repository.RunAsync(build, "--dry-run", "Verify");
        Assert.Equal((true, "Verify"), (build.DryRun, string.Join(",", build.Ran)));
    }

    [Fact]
    public async Task A_scalar_parameter_takes_one_word_and_leaves_the_rest_as_targets()
    {
        var build = new Parameters();
        await repository.RunAsync(build, "--image-tag", "v1", "Verify");
        Assert.Equal(("v1", "Verify"), (build.Tag, string.Join(",", build.Ran)));
    }

    [Theory]
    [InlineData("--interval abc", "Invalid value 'abc' for parameter --interval (TimeSpan): expected a duration with a unit, e.g. 30s, 5m, 1h or 00:05:00.")]
    [InlineData("--retries many", "Invalid value 'many' for parameter --retries (int): expected a whole number.")]
    [InlineData("--weights 10 x", "Invalid value 'x' for parameter --weights (int[]): expected a whole number.")]
    [InlineData("--ratio half", "Invalid value 'half' for parameter --ratio (double): expected a number such as 0.5.")]
    [InlineData("--ratio NaN", "Invalid value 'NaN' for parameter --ratio (double): expected a finite number.")]
    [InlineData("--ratio Infinity", "Invalid value 'Infinity' for parameter --ratio (double): expected a finite number.")]
    [InlineData("--ratio -Infinity", "Invalid value '-Infinity' for parameter --ratio (double): expected a finite number.")]
    [InlineData("--ratio 1e999", "Invalid value '1e999' for parameter --ratio (double): expected a finite number.")]
    [InlineData("--retries 2147483648", "Invalid value '2147483648' for parameter --retries (int): expected a whole number from -2147483648 to 2147483647.")]
    [InlineData("--weights 10,-99999999999", "Invalid value '-99999999999' for parameter --weights (int[]): expected a whole number from -2147483648 to 2147483647.")]
    [InlineData("--bytes 9223372036854775808", "Invalid value '9223372036854775808' for parameter --bytes (long): expected a whole number from -9223372036854775808 to 9223372036854775807.")]
    [InlineData("--retries 1.5", "Invalid value '1.5' for parameter --retries (int): expected a whole number.")]
    [InlineData("--strategy blue", "Invalid value 'blue' for parameter --strategy (Strategy): expected one of CodeDeploy, Ecs, TaskSet.")]
    [InlineData("--image-tag", "Missing value for parameter --image-tag: pass --image-tag <value>.")]
    [InlineData("--imag-tag v1", "Unknown option '--imag-tag'. Did you mean '--image-tag'? Run with --help to list targets and options.")]
    [InlineData("--verbosity loud", "Invalid value 'loud' for option --verbosity: expected quiet, minimal, normal or verbose.")]
    [InlineData("--plan=yes", "Option --plan takes no value: remove '=yes'.")]
    [InlineData("--profile missing", "Profile 'missing' not found: create .nuke/parameters.missing.json or drop --profile missing.")]
    [InlineData("--profile", "Option --profile needs a name: pass --profile <name> to read .nuke/parameters.<name>.json.")]
    [InlineData("--profile= --retries 1", "Option --profile needs a name: pass --profile <name> to read .nuke/parameters.<name>.json.")]
    [InlineData("--root --retries 1", "Option --root needs a folder: pass --root <path>.")]
    [InlineData("--verbosity", "Option --verbosity needs a value: pass --verbosity quiet, minimal, normal or verbose.")]
    [InlineData("--dry-run yes", "Invalid value 'yes' for parameter --dry-run (bool): expected true or false, or a target name after it.")]
    public async Task A_bad_value_or_option_is_a_one_line_usage_error_and_nothing_runs(string args, string error)
    {
        var build = new Parameters();
        var run = await repository.RunAsync(build, ["Deploy", .. args.Split(' ')]);
        Assert.Equal((2, error + "\n", ""), (run.ExitCode, run.Error, run.Out));
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task A_bad_value_from_a_file_names_the_file()
    {
        repository.Write(".nuke/parameters.json", """{ "Retries": "often" }""");
        var run = await repository.RunAsync(new Parameters(), "Deploy");
        Assert.Equal("Invalid value 'often' for parameter --retries (int) from .nuke/parameters.json: expected a whole number.\n", run.Error);
    }

    [Theory]
    [InlineData("RETRIES")]
    [InlineData("retries")]
    public async Task A_bad_value_from_the_environment_names_the_variable(string variable)
    {
        repository.Environment[variable] = "often";
        var run = await repository.RunAsync(new Parameters(), "Deploy");
        Assert.Equal((2, $"Invalid value 'often' for parameter --retries (int) from environment variable {variable}: expected a whole number.\n"), (run.ExitCode, run.Error));
    }

    [Theory]
    [InlineData("--image-tag a --image-tag b", "Parameter --image-tag is given twice on the command line: pass it once.")]
    [InlineData("--dry-run true --dryrun false", "Parameter --dry-run is given twice on the command line: pass it once.")]
    public async Task A_scalar_parameter_given_twice_is_refused_rather_than_joined(string args, string error)
    {
        var build = new Parameters();
        var run = await repository.RunAsync(build, ["Deploy", .. args.Split(' ')]);
        Assert.Equal((2, error + "\n"), (run.ExitCode, run.Error));
        Assert.Empty(build.Ran);
    }

    [Fact]
    public async Task An_array_parameter_given_twice_takes_the_values_of_both() =>
        Assert.Equal(["a", "b", "c"], (await Bind("--regions", "a", "--regions", "b,c")).Regions);

    [Fact]
    public async Task A_malformed_parameters_file_is_a_usage_error_naming_it()
    {
        repository.Write(".nuke/parameters.json", """{ "Retries": """);
        var run = await repository.RunAsync(new Parameters(), "Deploy");
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("Cannot read .nuke/parameters.json: ", run.Error);
    }

    sealed class Validating : BuildBase
    {
        int threshold = 1;

        [Parameter]
        public int FailureThreshold
        {
            get => threshold;
            set => threshold = value > 0 ? value : throw new ArgumentOutOfRangeException(nameof(value), "must be at least 1");
        }

        public Target Deploy => _ => _;
    }

    [Fact]
    public async Task A_value_its_setter_rejects_is_one_usage_line_with_the_setters_reason()
    {
        repository.Environment["FAILURE_THRESHOLD"] = "0";
        var run = await repository.RunAsync(new Validating());
        Assert.Equal((2, "Invalid value '0' for parameter --failure-threshold (int) from environment variable FAILURE_THRESHOLD: must be at least 1.\n"), (run.ExitCode, run.Error));
    }

    sealed class Unbindable : BuildBase
    {
        [Parameter] public Uri? Endpoint { get; set; }
        public Target Go => _ => _;
    }

    [Fact]
    public async Task A_parameter_of_an_unsupported_type_is_reported_before_anything_runs()
    {
        var run = await repository.RunAsync(new Unbindable());
        Assert.Equal((2, "Parameter Endpoint has type Uri, which cannot be bound: use string, int, long, double, bool, an enum, TimeSpan or an array of these.\n"), (run.ExitCode, run.Error));
    }

    async Task<string> Tag(params string[] args) => (await Bind(args)).Tag;

    async Task<Parameters> Bind(params string[] args)
    {
        var build = new Parameters();
        var run = await repository.RunAsync(build, ["Deploy", .. args]);
        Assert.True(run.ExitCode == 0, run.Error);
        return build;
    }
}
