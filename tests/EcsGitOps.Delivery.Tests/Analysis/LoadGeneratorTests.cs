using System.Net;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Analysis;

public sealed class LoadGeneratorTests : IDisposable
{
    readonly HttpListener server = new();
    readonly Uri url = new($"http://127.0.0.1:{FreePort.Next()}/");
    readonly HttpClient http = new();
    int answered;

    public LoadGeneratorTests()
    {
        server.Prefixes.Add(url.ToString());
        server.Start();
        _ = AnswerAsync();
    }

    // Every second request is answered with a 500, as a version failing half its requests would.
    async Task AnswerAsync()
    {
        while (server.IsListening)
        {
            HttpListenerContext context;
            try { context = await server.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            context.Response.StatusCode = Interlocked.Increment(ref answered) % 2 == 0 ? 500 : 200;
            context.Response.Close();
        }
    }

    [Fact]
    public async Task Each_tick_of_the_clock_sends_one_request_and_5xx_answers_count_as_failed()
    {
        var time = new FakeTimeProvider();
        var load = LoadGenerator.Start(http, url, requestsPerSecond: 10, time);

        for (var tick = 1; tick <= 6; tick++)
        {
            time.Advance(TimeSpan.FromMilliseconds(100));
            await WaitUntil(() => load.Stats.Sent == tick);
        }
        await load.DisposeAsync();

        Assert.Equal(new LoadStats(Sent: 6, Succeeded: 3, Failed: 3), load.Stats);
        Assert.Equal(6, answered);
    }

    [Fact]
    public async Task Nothing_is_sent_between_ticks_or_after_it_stops()
    {
        var time = new FakeTimeProvider();
        var load = LoadGenerator.Start(http, url, requestsPerSecond: 2, time);

        time.Advance(TimeSpan.FromMilliseconds(499));
        await Task.Delay(200);
        var beforeTick = load.Stats.Sent;
        await load.DisposeAsync();
        time.Advance(TimeSpan.FromSeconds(10));

        Assert.Equal((0, 0L), (answered, beforeTick));
    }

    [Fact]
    public async Task A_server_that_does_not_answer_makes_every_request_a_failure()
    {
        server.Stop();
        var time = new FakeTimeProvider();
        var load = LoadGenerator.Start(http, url, requestsPerSecond: 1, time);

        time.Advance(TimeSpan.FromSeconds(1));
        await WaitUntil(() => load.Stats.Failed == 1);
        await load.DisposeAsync();

        Assert.Equal(new LoadStats(1, 0, 1), load.Stats);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(double.NaN)]
    public void A_rate_that_is_not_positive_is_refused(double rate) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LoadGenerator.Start(http, url, rate, new FakeTimeProvider()));

    static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
            await Task.Delay(25);
        Assert.True(condition(), "timed out waiting for the load generator");
    }

    public void Dispose()
    {
        server.Close();
        http.Dispose();
    }
}
