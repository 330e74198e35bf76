using System.Diagnostics;
using EcsGitOps.Build;

/// Runs a command-line tool with its output streamed line by line into the target's log.
static class Tool
{
    public static async Task RunAsync(string fileName, IReadOnlyList<string> arguments, BuildLog log, CancellationToken ct,
        string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;

        using var process = Process.Start(start)
            ?? throw new InvalidOperationException($"Could not start '{fileName}': is it installed and on PATH?");
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Information(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Information(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{fileName} {string.Join(' ', arguments.Take(2))}' exited with code {process.ExitCode}: see its output above.");
    }
}
