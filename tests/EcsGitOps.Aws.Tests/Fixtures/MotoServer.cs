using System.Diagnostics;
using Amazon.Runtime;
using EcsGitOps.Aws.Retry;

namespace EcsGitOps.Aws.Tests.Fixtures;

/// <summary>One moto_server for the test run, on 127.0.0.1 and a free port, stopped by its process id.</summary>
public sealed class MotoServer : IAsyncLifetime
{
    Process? process;

    public Uri Url { get; private set; } = null!;

    /// <summary>The clock just before moto_server started: moto stamps some resources with its start-up time.</summary>
    public DateTimeOffset StartedAt { get; private set; }

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", port.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        // moto writes App Mesh timestamps in its local time without a zone; AWS's are UTC, and so must moto's be.
        start.Environment["TZ"] = "UTC";
        StartedAt = DateTimeOffset.UtcNow;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("moto_server is not on PATH: install it with `pip install 'moto[server]'`.", e);
        }
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
        using var clients = CreateClients();
        await clients.Sts.GetCallerIdentityAsync();
    }

    async Task WaitUntilAnsweringAsync()
    {
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"moto_server exited with code {process.ExitCode} before answering on {Url}");
            try
            {
                using var response = await Http.GetAsync(new Uri(Url, "moto-api/"));
                return;
            }
            catch (HttpRequestException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException($"moto_server did not answer on {Url} within 30 s");
    }

    public async Task ResetAsync()
    {
        using var response = await Http.PostAsync(new Uri(Url, "moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    public AwsOptions Options() => new()
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Retry = AwsRetryOptions.Immediate,
    };

    public AwsClients CreateClients() => new(Options());

    public AwsCli Cli => new(Url);

    public Task DisposeAsync()
    {
        Http.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process?.Dispose();
        return Task.CompletedTask;
    }
}
