using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Retry;
using EcsGitOps.Delivery.LocalCloud;

namespace EcsGitOps.Delivery.Tests.Strategies.Support;

/// <summary>A moto_server of the test class's own, on 127.0.0.1 and a free port, stopped by its process id.</summary>
public sealed class MotoFixture : IAsyncLifetime
{
    private readonly string _state = Directory.CreateTempSubdirectory("ecsgitops-moto-").FullName;
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private LocalServer? _server;

    public Uri Url { get; private set; } = null!;

    public AwsCli Cli => new(Url);

    public async Task InitializeAsync()
    {
        _server = await MotoServer.StartAsync(_state, CancellationToken.None);
        Url = new Uri($"{MotoServer.Url(_server.Port)}/");
    }

    public AwsOptions Options() => new()
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Retry = AwsRetryOptions.Immediate,
    };

    public async Task ResetAsync()
    {
        using var response = await _http.PostAsync(new Uri(Url, "moto-api/reset"), null);
        response.EnsureSuccessStatusCode();
    }

    public Task DisposeAsync()
    {
        _http.Dispose();
        if (_server is not null)
            ServerProcess.Stop(_server.ProcessId);
        Directory.Delete(_state, recursive: true);
        return Task.CompletedTask;
    }
}
