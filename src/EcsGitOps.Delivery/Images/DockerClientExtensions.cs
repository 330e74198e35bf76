using System.Net;
using System.Text.Json;
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

    /// <summary>The engine's own message from an error response, on one line; a body that is not the engine's JSON (a proxy's
    /// page) by its gist and status.</summary>
    public static string ApiMessage(this DockerApiException error)
    {
        try
        {
            using var json = JsonDocument.Parse(error.ResponseBody ?? "");
            return (json.RootElement.GetProperty("message").GetString() ?? "").ReplaceLineEndings(" ");
        }
        catch (Exception parse) when (parse is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            return $"HTTP {(int)error.StatusCode} {ResponseBody.ReasonPhrase((int)error.StatusCode)}"
                + (ResponseBody.Summary(error.ResponseBody ?? "") is { Length: > 0 } body ? $": {body}" : "");
        }
    }
}
