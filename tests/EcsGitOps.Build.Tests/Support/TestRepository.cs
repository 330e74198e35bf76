using System.Reflection;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Build.Tests.Support;

/// <summary>A temporary repository root holding .nuke/, and a host that records everything a build writes.</summary>
public sealed class TestRepository : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("ecsgitops-build-").FullName;

    public Dictionary<string, string> Environment { get; } = [];

    public string WorkingDirectory { get; set; }

    public bool IsTerminal { get; set; }

    public TestRepository()
    {
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
        WorkingDirectory = Root;
    }

    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public bool Exists(string relativePath) => File.Exists(Path.Combine(Root, relativePath));

    /// <summary>Runs the build in process; the default target is the first Target property the class declares.</summary>
    public Task<BuildRun> RunAsync<TBuild>(TBuild build, params string[] args) where TBuild : BuildBase =>
        RunAsync(build, CancellationToken.None, args);

    public Task<BuildRun> RunAsync<TBuild>(TBuild build, CancellationToken cancellation, params string[] args) where TBuild : BuildBase =>
        RunAsync(build, FirstTarget, cancellation, args);

    public async Task<BuildRun> RunAsync<TBuild>(TBuild build, Func<TBuild, Target> defaultTarget, CancellationToken cancellation, params string[] args) where TBuild : BuildBase
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var host = new BuildHost(stdout, stderr, Environment, WorkingDirectory, new FakeTimeProvider())
        {
            IsTerminal = IsTerminal,
            Cancellation = cancellation,
        };
        var exitCode = await BuildRunner.Execute(build, args, defaultTarget, host);
        return new BuildRun(exitCode, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Every file the build left under the root, with its content.</summary>
    public IEnumerable<(string Path, string Content)> Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Select(f => (f, File.ReadAllText(f)));

    public void Dispose() => Directory.Delete(Root, recursive: true);

    static Target FirstTarget<TBuild>(TBuild build) where TBuild : BuildBase =>
        (Target)typeof(TBuild).GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .First(p => p.PropertyType == typeof(Target)).GetValue(build)!;
}
