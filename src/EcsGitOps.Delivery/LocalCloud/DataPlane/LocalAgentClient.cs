using System.Net.Http.Json;

namespace EcsGitOps.Delivery.LocalCloud.DataPlane;

/// <summary>Talks to the local agent's control endpoint (loopback): which service to serve, and what it runs.</summary>
public sealed class LocalAgentClient(HttpClient http, Uri controlUrl)
{
    public async Task ServeAsync(DataPlaneService service, CancellationToken cancellationToken)
    {
        using var response = await http.PutAsJsonAsync(new Uri(controlUrl, "service"), service,
            DataPlaneJsonContext.Default.DataPlaneService, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
            throw new LocalCloudException(
                $"The local agent at {controlUrl} refused the service ({(int)response.StatusCode}): " +
                await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
    }

    public async Task<DataPlaneStatus> StatusAsync(CancellationToken cancellationToken) =>
        await http.GetFromJsonAsync(new Uri(controlUrl, "status"), DataPlaneJsonContext.Default.DataPlaneStatus, cancellationToken)
            .ConfigureAwait(false)
        ?? throw new LocalCloudException($"The local agent at {controlUrl} answered an empty status.");
}
