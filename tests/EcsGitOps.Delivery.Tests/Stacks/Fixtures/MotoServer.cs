using System.Diagnostics;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Aws.Retry;

namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

/// <summary>A moto_server owned by the stack tests, on 127.0.0.1 and a free port, stopped by its process id.</summary>
public sealed class MotoServer : IAsyncLifetime
{
    Process? process;

    public Uri Url { get; private set; } = null!;

    public AwsClients Clients { get; private set; } = null!;

    public CloudFormationClient CloudFormation => Clients.CloudFormation;

    public async Task InitializeAsync()
    {
        var port = FreePort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", port.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
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
        Clients = new AwsClients(new AwsOptions
        {
            Region = "us-east-1",
            EndpointUrl = Url.ToString(),
            Credentials = new BasicAWSCredentials("testing", "testing"),
            Retry = AwsRetryOptions.Immediate,
        });
    }

    async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (process!.HasExited)
                throw new InvalidOperationException($"moto_server exited with code {process.ExitCode} before answering on {Url}");
            try
            {
                using var response = await http.GetAsync(new Uri(Url, "moto-api/"));
                return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                await Task.Delay(100);
            }
        }
        throw new InvalidOperationException($"moto_server did not answer on {Url} within 60 s");
    }

    public Task DisposeAsync()
    {
        Clients?.Dispose();
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
        process?.Dispose();
        return Task.CompletedTask;
    }
}
