using System.Runtime.InteropServices;
using System.Diagnostics;

namespace EcsGitOps.Delivery.LocalCloud;

/// Starts a server that may outlive the build (a kept local cloud): its output goes to a log file, not to a pipe
/// that would close when the build exits.
static class ServerProcess
{
    public static int Start(string executable, IReadOnlyList<string> arguments, string logFile, string installHint)
    {
        if (FindOnPath(executable) is not { } path)
            throw new LocalCloudException($"{executable} not found on PATH: {installHint}");

        var start = new ProcessStartInfo("/bin/sh") { UseShellExecute = false };
        foreach (var argument in (string[])["-c", "exec \"$0\" \"$@\" >>\"$LOG_FILE\" 2>&1 </dev/null", path, .. arguments])
            start.ArgumentList.Add(argument);
        start.Environment["LOG_FILE"] = logFile;
        using var process = Process.Start(start) ?? throw new LocalCloudException($"Could not start {executable}: see {logFile}.");
        return process.Id;
    }

    public static bool IsRunning(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void Stop(int processId)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    /// Asks a server to stop (SIGTERM) so it can clean up, and kills it if it has not stopped within the timeout.
    public static void Terminate(int processId, TimeSpan timeout)
    {
        try
        {
            using var process = Process.GetProcessById(processId);
            if (OperatingSystem.IsWindows() || kill(processId, SigTerm) != 0 || !process.WaitForExit(timeout))
                process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
    }

    const int SigTerm = 15;

    [DllImport("libc", SetLastError = true)]
    static extern int kill(int pid, int signal);

    internal static string? FindOnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, executable))
            .FirstOrDefault(File.Exists);
}
