using System.Diagnostics;

namespace EcsGitOps.Delivery.Tools;

/// What a command-line tool printed and how it exited.
internal sealed record ToolResult(int ExitCode, string Output, string Error);

/// Runs a command-line tool to its end with its output captured and no input; cancellation kills it and its children.
internal static class ToolProcess
{
    /// <exception cref="System.ComponentModel.Win32Exception">The executable cannot be started: it is not installed or not on PATH.</exception>
    public static async Task<ToolResult> RunAsync(string executable, IEnumerable<string> arguments, CancellationToken cancellationToken,
        string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(executable, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true,
            WorkingDirectory = workingDirectory ?? "",
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            start.Environment[name] = value;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var cancel = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        await process.WaitForExitAsync(CancellationToken.None);
        cancellationToken.ThrowIfCancellationRequested();
        return new(process.ExitCode, await output, await error);
    }

    /// The last non-empty line of a tool's output: usually the one that says why it failed.
    public static string? LastLine(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
}
