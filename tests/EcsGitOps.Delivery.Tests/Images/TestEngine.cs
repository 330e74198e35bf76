using Docker.DotNet;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>The local Docker engine the image tests run against.</summary>
public static class TestEngine
{
    private static readonly Lazy<bool> Reachable = new(() =>
    {
        try
        {
            using var client = DockerEngine.ConnectAsync(DockerEngine.DefaultEndpoint, CancellationToken.None).GetAwaiter().GetResult();
            return true;
        }
        catch (ImageBuildException)
        {
            return false;
        }
    });

    public static bool IsReachable => Reachable.Value;

    public static bool RequiredByCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    public static Task<IDockerClient> ConnectAsync() => DockerEngine.ConnectAsync(DockerEngine.DefaultEndpoint, CancellationToken.None);
}
