using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Retry;
using EcsGitOps.Delivery.Tests.Images;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>A moto_server of its own on 127.0.0.1 and a free port, stopped by its process id.</summary>
public sealed class MotoServer : IAsyncLifetime
{
    private Process? _process;

    public Uri Url { get; private set; } = null!;

    public HttpClient Http { get; } = new() { Timeout = TimeSpan.FromSeconds(30) };

    public async Task InitializeAsync()
    {
        Url = new Uri($"http://127.0.0.1:{FreePort.Next()}/");
        try
        {
            _process = Process.Start(new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", Url.Port.ToString()])
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            }) ?? throw new InvalidOperationException("moto_server did not start");
        }
        catch (Win32Exception error)
        {
            throw new InvalidOperationException("moto_server is not on PATH: install it with `pip install 'moto[server]'`.", error);
        }
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await Processes.WaitUntilAnsweringAsync(_process, Http, new Uri(Url, "moto-api/"), "moto_server");
    }

    public AwsClients CreateClients() => new(new AwsOptions
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Retry = AwsRetryOptions.Immediate,
    });

    /// <summary>Queues the answer DescribeImageScanFindings gives for one image, in ECR's own response shape.</summary>
    public async Task SetScanFindingsAsync(string json)
    {
        using var content = new StringContent($$"""{"region":"us-east-1","results":[{{json}}]}""", Encoding.UTF8, "application/json");
        using var response = await Http.PostAsync(new Uri(Url, "moto-api/static/ecr/scan-finding-results"), content);
        response.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        Http.Dispose();
        Processes.Stop(_process);
        return Task.CompletedTask;
    }
}
