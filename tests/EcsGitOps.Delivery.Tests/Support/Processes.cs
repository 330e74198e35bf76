using System.Diagnostics;

namespace EcsGitOps.Delivery.Tests.Support;

/// <summary>Waiting for and stopping the servers the tests start.</summary>
public static class Processes
{
    public static async Task WaitUntilAnsweringAsync(Process process, HttpClient http, Uri probe, string name)
    {
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process.HasExited)
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} before answering on {probe}");
            try
            {
                using var response = await http.GetAsync(probe);
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException($"{name} did not answer on {probe} within 60 s");
    }

    /// <summary>Stops the one process a fixture started, by its id.</summary>
    public static void Stop(Process? process)
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process?.Dispose();
    }

    public static bool OnPath(string executable) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Any(directory => directory.Length > 0 && File.Exists(Path.Combine(directory, executable)));
}
