namespace EcsGitOps.Delivery.LocalCloud;

static class Readiness
{
    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(2) };

    public static async Task<bool> AnswersAsync(string url, CancellationToken ct)
    {
        try
        {
            using var response = await Http.GetAsync(url, ct);
            return (int)response.StatusCode < 500;
        }
        catch (HttpRequestException)
        {
            return false;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }

    /// Waits up to 30 s for a server to answer; stops it and says where its log is when it never does.
    public static async Task WaitAsync(LocalServer server, string url, string logFile, CancellationToken ct)
    {
        for (var attempt = 0; attempt < 120; attempt++)
        {
            if (await AnswersAsync(url, ct))
                return;
            if (!ServerProcess.IsRunning(server.ProcessId))
                break;
            await Task.Delay(250, ct);
        }
        ServerProcess.Stop(server.ProcessId);
        throw new LocalCloudException($"{server.Name} did not answer at {url}: see {logFile}.");
    }
}
