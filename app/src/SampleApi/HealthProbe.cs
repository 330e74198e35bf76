namespace SampleApi;

/// <summary>
/// `SampleApi --health-check URL`: the container health check of the task definition. The chiseled image has no
/// shell or curl, so the binary probes itself: exit 0 on a 2xx answer, 1 otherwise.
/// </summary>
public static class HealthProbe
{
    public static async Task<int> RunAsync(string url)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        try
        {
            using var response = await http.GetAsync(url);
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return 1;
        }
    }
}
