namespace EcsGitOps.Delivery.Analysis;

/// What a load run sent and how it was answered.
/// <param name="Failed">Answers of 5xx, and requests that got no answer.</param>
public sealed record LoadStats(long Sent, long Succeeded, long Failed)
{
    public override string ToString() => $"{Sent} requests, {Failed} failed";
}

/// Sends GET requests at a fixed rate for as long as it runs, as Flagger's load tester does during analysis, so the
/// checks judge traffic even where no user sends any (the local profile). Requests overlap; none is awaited by the timer.
public sealed class LoadGenerator : IAsyncDisposable
{
    readonly HttpClient http;
    readonly Uri target;
    readonly PeriodicTimer timer;
    readonly CancellationTokenSource stop = new();
    readonly Task loop;
    readonly List<Task> inFlight = [];
    long sent, succeeded, failed;

    LoadGenerator(HttpClient http, Uri target, double requestsPerSecond, TimeProvider time)
    {
        if (!(requestsPerSecond > 0) || double.IsInfinity(requestsPerSecond))
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "must be a positive number of requests per second");
        (this.http, this.target) = (http, target);
        timer = new PeriodicTimer(TimeSpan.FromSeconds(1 / requestsPerSecond), time);
        loop = RunAsync();
    }

    public static LoadGenerator Start(HttpClient http, Uri target, double requestsPerSecond, TimeProvider time) =>
        new(http, target, requestsPerSecond, time);

    public LoadStats Stats => new(Interlocked.Read(ref sent), Interlocked.Read(ref succeeded), Interlocked.Read(ref failed));

    /// Stops sending and waits for the requests still in flight.
    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        timer.Dispose();
        await loop;
        Task[] pending;
        lock (inFlight)
            pending = [.. inFlight];
        await Task.WhenAll(pending);
        stop.Dispose();
    }

    async Task RunAsync()
    {
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                var request = SendAsync();
                lock (inFlight)
                {
                    inFlight.RemoveAll(task => task.IsCompleted);
                    inFlight.Add(request);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped.
        }
    }

    async Task SendAsync()
    {
        Interlocked.Increment(ref sent);
        try
        {
            using var response = await http.GetAsync(target, HttpCompletionOption.ResponseHeadersRead, CancellationToken.None);
            Interlocked.Increment(ref (int)response.StatusCode >= 500 ? ref failed : ref succeeded);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Interlocked.Increment(ref failed);
        }
    }
}
