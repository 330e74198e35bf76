using EcsGitOps.Build;

namespace EcsGitOps.Pipeline.Tests;

/// Runs this repository's build in-process with captured output and no process environment.
sealed record BuildRun(int ExitCode, string Output, string Errors)
{
    public static async Task<BuildRun> StartAsync(params string[] args)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var host = new BuildHost(output, errors, new Dictionary<string, string>(), Repository.Root, TimeProvider.System);
        var exitCode = await global::Build.Execute([.. args, "--root", Repository.Root, "--no-cache"], host);
        return new(exitCode, output.ToString(), errors.ToString());
    }
}
