using EcsGitOps.Build.Tests.Support;

namespace EcsGitOps.Build.Tests;

public sealed class SecretTests : IDisposable
{
    const string Secret = "s3cr3t-Value-42";
    readonly TestRepository repository = new();

    public SecretTests()
    {
        repository.Write("input.txt", "content");
        repository.Environment["GITHUB_ACTIONS"] = "true";
        repository.Environment["GITHUB_STEP_SUMMARY"] = Path.Combine(repository.Root, "step-summary.md");
    }

    public void Dispose() => repository.Dispose();

    sealed class Leaky : BuildBase
    {
        [Parameter("Registry token"), Secret] public string? Token { get; set; }
        [Parameter("Registry PIN"), Secret] public int Pin { get; set; }

        public Target Login => _ => _.Inputs("*.txt").Outputs("login.txt").Executes(() =>
        {
            Log.Information($"logging in with {Token}");
            Log.Debug($"token bytes: {Token}");
            ReportSummary("Token", Token!);
            File.WriteAllText(Path.Combine(RootDirectory, "login.txt"), "logged in");
        });

        public Target Push => _ => _.DependsOn(Login).OnlyWhenStatic(() => Token != null)
            .Executes(() => throw new InvalidOperationException($"registry rejected token {Token}"));
    }

    [Fact]
    public async Task A_secret_value_never_appears_in_output_files_or_errors()
    {
        var runs = new List<BuildRun>
        {
            await repository.RunAsync(new Leaky(), "--help", "--token", Secret),
            await repository.RunAsync(new Leaky(), "--plan", "Push", "--token", Secret),
            await repository.RunAsync(new Leaky(), "Push", "--token", Secret, "--verbosity", "verbose"),
            await repository.RunAsync(new Leaky(), "Push", "--token", Secret, "--continue", "--parallel"),
            await repository.RunAsync(new Leaky(), "Push", "--pin", Secret),
            await repository.RunAsync(new Leaky(), "Push", $"--tokn={Secret}"),
        };
        repository.Environment["TOKEN"] = Secret;
        runs.Add(await repository.RunAsync(new Leaky(), "Push", "--verbosity", "verbose"));

        Assert.Contains("logging in with ***", runs[2].Out);
        Assert.Contains("::error title=Push::registry rejected token ***", runs[2].Out);
        Assert.Equal("Invalid value for secret parameter --pin (int): expected a whole number.\n", runs[4].Error);
        Assert.All(runs, run => Assert.DoesNotContain(Secret, run.Out + run.Error));
        Assert.All(repository.Files(), file => Assert.DoesNotContain(Secret, file.Content));
        Assert.True(repository.Exists(".nuke/temp/cache/Login.json") && repository.Exists(".nuke/temp/continue.json") && repository.Exists("step-summary.md"));
    }

    sealed class Defaulted : BuildBase
    {
        [Parameter, Secret] readonly string Token = "initial-token-value";
        [Parameter, Secret] public string[] Keys { get; set; } = ["first-key-value", "second-key-value"];
        public Target Show => _ => _.Executes(() => Log.Information($"{Token} {string.Join(",", Keys)}"));
    }

    [Fact]
    public async Task Initial_values_of_secrets_and_each_secret_array_element_are_redacted_too()
    {
        var run = await repository.RunAsync(new Defaulted());
        Assert.Contains("*** ***,***", run.Lines);
    }

    [Fact]
    public async Task A_secret_default_is_not_shown_in_help()
    {
        var run = await repository.RunAsync(new Delivery(), "--help");
        Assert.Contains("  --registry-token <string>            Registry token [secret]", run.Lines);
        Assert.DoesNotContain("initial-secret-value", run.Out);
    }
}
