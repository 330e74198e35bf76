using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;
using EcsGitOps.Aws.Retry;

namespace EcsGitOps.Delivery.Tests.Support;

/// <summary>
/// A moto_server owned by the tests: bound to 127.0.0.1 on the port it picks and prints, so no other process can
/// take the port first, and stopped by its process id when the tests are done.
/// </summary>
public sealed partial class MotoServer : IAsyncLifetime
{
    Process? process;

    public Uri Url { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Clients the server owns and disposes; use <see cref="CreateClients"/> for a set the caller owns.</summary>
    public AwsClients Clients { get; private set; } = null!;

    public CloudFormationClient CloudFormation => Clients.CloudFormation;

    public AwsCli Cli => new(Url);

    public async Task InitializeAsync()
    {
        var start = new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", "0"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("moto_server is not on PATH: install it with `pip install 'moto[server]'`.", error);
        }
        var port = await PrintedPortAsync(process).WaitAsync(TimeSpan.FromSeconds(60));
        Url = new Uri($"http://127.0.0.1:{port}/");
        await Processes.WaitUntilAnsweringAsync(process, Http, new Uri(Url, "moto-api/"), "moto_server");
        Clients = CreateClients();
    }

    static Task<int> PrintedPortAsync(Process process)
    {
        var port = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        void Watch(string? line)
        {
            if (line is not null && RunningOn().Match(line) is { Success: true } match)
                port.TrySetResult(int.Parse(match.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => Watch(e.Data);
        process.ErrorDataReceived += (_, e) => Watch(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => port.TrySetException(new InvalidOperationException($"moto_server exited with code {process.ExitCode} before it listened"));
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return port.Task;
    }

    public AwsOptions Options() => new()
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Retry = AwsRetryOptions.Immediate,
    };

    public AwsClients CreateClients() => new(Options());

    /// <summary>Forgets every resource, for tests that each want an empty account.</summary>
    public async Task ResetAsync()
    {
        using var response = await Http.PostAsync(new Uri(Url, "moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Queues the answer DescribeImageScanFindings gives for one image, in ECR's own response shape.</summary>
    public async Task SetScanFindingsAsync(string json)
    {
        using var content = new StringContent($$"""{"region":"us-east-1","results":[{{json}}]}""", Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(Url, "moto-api/static/ecr/scan-finding-results"), content);
        response.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        Clients?.Dispose();
        Http.Dispose();
        Processes.Stop(process);
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"Running on http://127\.0\.0\.1:(\d+)")]
    private static partial Regex RunningOn();
}
