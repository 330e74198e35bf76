using EcsGitOps.Build;

/// The pipeline of this repository: the same targets run on a laptop, in GitHub Actions and in CodeBuild.
partial class Build : BuildBase
{
    public static Task<int> Main(string[] args) => BuildRunner.Execute<Build>(args, x => x.Compile);

    /// The same build with the caller's output, environment and clock: how the pipeline's own tests run it.
    internal static Task<int> Execute(string[] args, BuildHost host) => BuildRunner.Execute<Build>(args, x => x.Compile, host);

    [Parameter("Build configuration for Compile and Test")]
    readonly Configuration Configuration = Configuration.Debug;

    string Solution => Path.Combine(RootDirectory, "EcsGitOps.sln");
    string ArtifactsDirectory => Path.Combine(RootDirectory, "artifacts");

    Target Restore => _ => _
        .Description("Restores the NuGet packages of the solution")
        .Executes(ct => Tool.RunAsync("dotnet", ["restore", Solution, "--nologo"], Log, ct));

    Target Compile => _ => _
        .Description("Compiles the tool, its tests and the sample service")
        .DependsOn(Restore)
        .Executes(ct => Tool.RunAsync("dotnet",
            ["build", Solution, "--no-restore", "--nologo", "-c", Configuration.ToString(), "-clp:NoSummary"], Log, ct));

    // Up to date while the sources, templates and the two parameters it reads are as they were at its last pass.
    Target Test => _ => _
        .Description("Runs every test project and reports the counts")
        .DependsOn(Compile, Setup)
        .Inputs("src/**", "tests/**", "app/**", "build/**", "infra/**", "templates/**", ".nuke/*.json", "*.props", "*.sln", "global.json",
            "!**/bin/**", "!**/obj/**", "!app/publish/**")
        .Outputs("artifacts/test-results")
        .Uses(nameof(Configuration), nameof(TestFilter))
        .Executes(RunTestsAsync);
}
