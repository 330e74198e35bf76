using System.Diagnostics;
using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.Tests.Infra;

/// <summary>
/// A moto_server owned by the tests: bound to 127.0.0.1 on a port the system picks, stopped by its process id
/// when the tests are done.
/// </summary>
public sealed partial class MotoServer : IAsyncLifetime
{
    Process? process;

    public Uri Endpoint { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("moto_server")
        {
            ArgumentList = { "-H", "127.0.0.1", "-p", "0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start");
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(string? line)
        {
            if (line is not null && RunningOn().Match(line) is { Success: true } m)
                port.TrySetResult(int.Parse(m.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Watch(e.Data);
        process.ErrorDataReceived += (_, e) => Watch(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException("moto_server exited before it listened"));

        var listening = await port.Task.WaitAsync(TimeSpan.FromSeconds(60));
        Endpoint = new Uri($"http://127.0.0.1:{listening}");
    }

    public Task DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process?.Dispose();
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"Running on http://127\.0\.0\.1:(\d+)")]
    private static partial Regex RunningOn();
}
