using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace SampleApi.Tests;

/// <summary>The service as its own process, as the container starts it, so signals and stdout are the real ones.</summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentQueue<string> _errors = new();

    private ServiceProcess(Process process, int port)
    {
        _process = process;
        Port = port;
        _process.OutputDataReceived += (_, line) => { if (line.Data is { } text) _output.Enqueue(text); };
        _process.ErrorDataReceived += (_, line) => { if (line.Data is { } text) _errors.Enqueue(text); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Port { get; }
    public IReadOnlyCollection<string> Output => _output;
    public IReadOnlyCollection<string> Errors => _errors;
    public int ExitCode => _process.ExitCode;

    /// <param name="listenOnPort">Set ASPNETCORE_URLS to a free loopback port; false leaves the listen address to PORT.</param>
    public static ServiceProcess Start(IReadOnlyDictionary<string, string> environment, bool listenOnPort = true)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", [typeof(SampleApp).Assembly.Location])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var key in new[] { "ASPNETCORE_HTTP_PORTS", "URLS", "DOTNET_URLS", "PORT" })
            start.Environment.Remove(key);
        if (listenOnPort)
            start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        else
            start.Environment.Remove("ASPNETCORE_URLS");
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return new ServiceProcess(Process.Start(start)!, port);
    }

    public async Task<HttpResponseMessage> WaitForHealthyAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        while (true)
        {
            try
            {
                return await client.GetAsync("/health", cancellationToken);
            }
            catch (HttpRequestException) when (!_process.HasExited)
            {
                await Task.Delay(50, cancellationToken);
            }
        }
    }

    public async Task WaitForExitAsync(CancellationToken cancellationToken)
    {
        await _process.WaitForExitAsync(cancellationToken);
        // The parameterless wait also drains the redirected output and error streams.
        _process.WaitForExit();
    }

    public async Task TerminateAsync(CancellationToken cancellationToken)
    {
        using var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()]);
        await kill.WaitForExitAsync(cancellationToken);
        await _process.WaitForExitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
