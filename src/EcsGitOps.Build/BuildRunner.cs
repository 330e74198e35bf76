using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Definition;
using EcsGitOps.Build.Output;

namespace EcsGitOps.Build;

/// <summary>Entry point: <c>Main(args) => BuildRunner.Execute&lt;Build&gt;(args, x => x.Compile)</c>. Exit codes: 0 success, 1 a target failed or was cancelled, 2 usage error.</summary>
public static class BuildRunner
{
    const DynamicallyAccessedMemberTypes Members = BuildModelReader.Members;

    /// <summary>Runs in this process: Console output, process environment, Ctrl-C and SIGTERM cancel the running target.</summary>
    public static async Task<int> Execute<[DynamicallyAccessedMembers(Members)] TBuild>(string[] args, Func<TBuild, Target> defaultTarget)
        where TBuild : BuildBase, new()
    {
        using var cancellation = new CancellationTokenSource();
        // A second signal is left to its default, so a build stuck in clean-up can still be stopped.
        void OnCtrlC(object? sender, ConsoleCancelEventArgs e) => e.Cancel = Cancel(cancellation);
        Console.CancelKeyPress += OnCtrlC;
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => context.Cancel = Cancel(cancellation));
        try
        {
            return await Execute(args, defaultTarget, BuildHost.ForProcess(cancellation.Token));
        }
        finally
        {
            Console.CancelKeyPress -= OnCtrlC;
        }
    }

    public static Task<int> Execute<[DynamicallyAccessedMembers(Members)] TBuild>(string[] args, Func<TBuild, Target> defaultTarget, BuildHost host)
        where TBuild : BuildBase, new() => Execute(new TBuild(), args, defaultTarget, host);

    internal static async Task<int> Execute<[DynamicallyAccessedMembers(Members)] TBuild>(TBuild build, IReadOnlyList<string> args, Func<TBuild, Target> defaultTarget, BuildHost host)
        where TBuild : BuildBase
    {
        var redactor = new Redactor();
        try
        {
            var model = BuildModelReader.Read(build, typeof(TBuild));
            return await new BuildSession(build, model, model.NameOf(defaultTarget(build)), host, redactor).RunAsync(args);
        }
        catch (UsageException e)
        {
            host.Error.WriteLine(redactor.Redact(e.Message));
            return 2;
        }
    }

    static bool Cancel(CancellationTokenSource cancellation)
    {
        if (cancellation.IsCancellationRequested) return false;
        cancellation.Cancel();
        return true;
    }
}
