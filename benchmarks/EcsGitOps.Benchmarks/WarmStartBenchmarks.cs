using System.Diagnostics;
using BenchmarkDotNet.Attributes;

namespace EcsGitOps.Benchmarks;

/// A warm `./build.sh --help` against the no-op `dotnet build` of the build project that `dotnet run` would pay
/// on every invocation (NUKE's bootstrap does the same).
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
public class WarmStartBenchmarks
{
    static readonly string Root = RepositoryRoot.Find();

    [GlobalSetup]
    public void BuildOnce() => Run(Path.Combine(Root, "build.sh"), "--help");

    [Benchmark(Baseline = true, Description = "dotnet build build/_build.csproj (no-op)")]
    public void NoOpDotnetBuild() => Run("dotnet", "build build/_build.csproj --nologo -v quiet");

    [Benchmark(Description = "./build.sh --help (warm)")]
    public void WarmBuildShHelp() => Run(Path.Combine(Root, "build.sh"), "--help");

    static void Run(string fileName, string arguments)
    {
        var start = new ProcessStartInfo(fileName, arguments)
        {
            WorkingDirectory = Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        process.StandardOutput.ReadToEnd();
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{fileName} {arguments}' exited with {process.ExitCode}");
    }
}
