using System.Diagnostics;
using Amazon.Runtime;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Retry;

namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>
/// A moto_server of these tests' own, on 127.0.0.1 and a free port, stopped by its process id. It is never reset:
/// every test makes resources with names of its own, and the load balancer all tests share is made once.
/// </summary>
public sealed class TrafficMotoServer : IAsyncLifetime
{
    private Process? _process;
    private Task<SharedLoadBalancer>? _loadBalancer;
    private Task<string>? _cluster;

    public Uri Url { get; private set; } = null!;

    public AwsCommandLine Cli => new(Url);

    public async Task InitializeAsync()
    {
        var port = FreeLoopbackPort.Next();
        Url = new Uri($"http://127.0.0.1:{port}/");
        var start = new ProcessStartInfo("moto_server", ["-H", "127.0.0.1", "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture)])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        try
        {
            _process = Process.Start(start) ?? throw new InvalidOperationException("moto_server did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("moto_server is not on PATH: install it with `pip install 'moto[server]'`.", e);
        }
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilAnsweringAsync();
    }

    public AwsClients Clients() => new(new AwsOptions
    {
        Region = "us-east-1",
        EndpointUrl = Url.ToString(),
        Credentials = new BasicAWSCredentials("testing", "testing"),
        Retry = AwsRetryOptions.Immediate,
    });

    /// <summary>A VPC, an application load balancer and a blue and a green target group, made at the first call.</summary>
    public Task<SharedLoadBalancer> LoadBalancerAsync() => _loadBalancer ??= SharedLoadBalancer.CreateAsync(Cli);

    /// <summary>An ECS cluster with a task definition, made at the first call; returns the cluster's name.</summary>
    public Task<string> ClusterAsync() => _cluster ??= CreateClusterAsync();

    private async Task<string> CreateClusterAsync()
    {
        await Cli.RunAsync("ecs", "create-cluster", "--cluster-name", "shop");
        await Cli.RunAsync("ecs", "register-task-definition", "--family", "web",
            "--container-definitions", """[{"name":"app","image":"repo/web@sha256:abc","memory":128}]""");
        return "shop";
    }

    private async Task WaitUntilAnsweringAsync()
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        for (var attempt = 0; attempt < 600; attempt++)
        {
            if (_process!.HasExited)
                throw new InvalidOperationException($"moto_server exited with code {_process.ExitCode} before answering on {Url}");
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
        throw new InvalidOperationException($"moto_server did not answer on {Url} within a minute");
    }

    public Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        _process?.Dispose();
        return Task.CompletedTask;
    }
}
