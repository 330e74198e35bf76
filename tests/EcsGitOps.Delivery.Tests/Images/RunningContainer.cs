using System.Net.Sockets;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>A container on the host network (the engine here has no bridge) with a read-only root filesystem, removed on dispose.</summary>
public sealed class RunningContainer(IDockerClient docker, string id, int port) : IAsyncDisposable
{
    public string Id => id;
    public HttpClient Client { get; } = new() { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

    public static async Task<RunningContainer> StartAsync(IDockerClient docker, string image, int port, params string[] environment)
    {
        var created = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            // The host network is shared: listen on loopback only, never on the machine's other interfaces.
            Env = [$"ASPNETCORE_URLS=http://127.0.0.1:{port}", .. environment],
            HostConfig = new HostConfig { NetworkMode = "host", ReadonlyRootfs = true },
        });
        var container = new RunningContainer(docker, created.ID, port);
        await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        return container;
    }

    /// <summary>Retries until the service answers; returns the first response.</summary>
    public async Task<HttpResponseMessage> FirstResponseAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await Client.GetAsync(path, cancellationToken);
            }
            catch (HttpRequestException error) when (error.InnerException is SocketException or IOException)
            {
                var state = await docker.Containers.InspectContainerAsync(id, cancellationToken);
                if (!state.State.Running)
                    throw new InvalidOperationException($"Container exited with {state.State.ExitCode}: {await LogsAsync()}");
                await Task.Delay(20, cancellationToken);
            }
        }
    }

    public async Task<string> LogsAsync()
    {
        using var stream = await docker.Containers.GetContainerLogsAsync(id, tty: false,
            new ContainerLogsParameters { ShowStdout = true, ShowStderr = true });
        var (stdout, stderr) = await stream.ReadOutputToEndAsync(CancellationToken.None);
        return new StringBuilder(stdout).Append(stderr).ToString();
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await docker.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true });
    }
}
