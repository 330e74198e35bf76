using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EcsGitOps.Benchmarks;

/// <summary>moto_server on 127.0.0.1 and a free port for the length of a benchmark, stopped by its process id.</summary>
sealed class LocalMoto : IDisposable
{
    readonly Process process;

    public LocalMoto()
    {
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        Url = new Uri($"http://127.0.0.1:{port}/");
        process = Process.Start(new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", port.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        }) ?? throw new InvalidOperationException("moto_server did not start; install it with `pip install 'moto[server]'`.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var http = new HttpClient();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                http.GetAsync(new Uri(Url, "moto-api/")).GetAwaiter().GetResult().Dispose();
                return;
            }
            catch (HttpRequestException) when (attempt < 300)
            {
                Thread.Sleep(100);
            }
        }
    }

    public Uri Url { get; }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.WaitForExit(10_000);
        process.Dispose();
    }
}
