using System.Net.Sockets;
using Docker.DotNet;

namespace EcsGitOps.Delivery.Images;

/// <summary>Connects to the Docker engine API.</summary>
/// <remarks>
/// Built on Docker.DotNet 3.125.15 rather than the Docker.DotNet.Enhanced 4.x fork: its models match engine API 1.41,
/// which is what Debian's docker.io (20.10) on these machines speaks, and its surface (IDockerClient.Images with
/// BuildImageFromDockerfileAsync, CreateImageAsync from a tar stream, PushImageAsync) has been stable for years and is
/// what existing examples use. The fork is maintained but reshapes the API; moving to it touches only this folder.
/// </remarks>
public static class DockerEngine
{
    public const string DefaultEndpoint = "unix:///var/run/docker.sock";

    public static async Task<IDockerClient> ConnectAsync(string endpoint, CancellationToken cancellationToken)
    {
        var client = new DockerClientConfiguration(new Uri(endpoint)).CreateClient();
        try
        {
            await client.System.PingAsync(cancellationToken);
            return client;
        }
        catch (Exception error) when (error is HttpRequestException or SocketException or IOException or TimeoutException or DockerApiException
            || error is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw new ImageBuildException($"Docker engine not reachable at {endpoint}: start it (Debian: apt-get install docker.io && dockerd)", error);
        }
    }
}
