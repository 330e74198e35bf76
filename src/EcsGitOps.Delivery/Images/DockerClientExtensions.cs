using System.Net;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Images;

internal static class DockerClientExtensions
{
    public static async Task<ImageInspectResponse?> TryInspectImageAsync(this IDockerClient docker, string reference, CancellationToken cancellationToken)
    {
        try
        {
            return await docker.Images.InspectImageAsync(reference, cancellationToken);
        }
        catch (DockerApiException error) when (error.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
