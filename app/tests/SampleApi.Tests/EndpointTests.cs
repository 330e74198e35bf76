using System.Net;
using System.Text.Json;

namespace SampleApi.Tests;

public sealed class EndpointTests
{
    [Fact]
    public async Task Root_answers_with_the_greeting()
    {
        await using var app = await RunningApp.StartAsync();

        var body = await app.Client.GetStringAsync("/");

        Assert.Equal(SampleEndpoints.Greeting, body);
    }

    [Fact]
    public async Task Health_answers_200_healthy_as_plain_text()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("healthy", await response.Content.ReadAsStringAsync());
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Version_reports_version_commit_and_colour_from_the_environment_settings()
    {
        await using var app = await RunningApp.StartAsync("APP_VERSION=1.4.2", "GIT_COMMIT=9f3c2ab", "DEPLOYMENT_COLOR=green");

        using var response = await app.Client.GetAsync("/version");
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("1.4.2", json.RootElement.GetProperty("version").GetString());
        Assert.Equal("9f3c2ab", json.RootElement.GetProperty("commit").GetString());
        Assert.Equal("green", json.RootElement.GetProperty("colour").GetString());
    }

    [Fact]
    public async Task Version_without_settings_reports_development_defaults()
    {
        await using var app = await RunningApp.StartAsync();

        var info = JsonSerializer.Deserialize(await app.Client.GetStringAsync("/version"), SampleJsonContext.Default.VersionInfo);

        Assert.Equal(new VersionInfo("0.0.0-dev", "unknown", "none"), info);
    }

    [Fact]
    public async Task Delay_answers_after_the_given_time()
    {
        await using var app = await RunningApp.StartAsync();
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var body = await app.Client.GetStringAsync("/delay/300");

        Assert.Equal("Answered after 300 ms.", body);
        Assert.True(clock.ElapsedMilliseconds >= 300, $"answered after {clock.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("/delay/-1")]
    [InlineData("/delay/60001")]
    public async Task Delay_outside_0_to_60_seconds_answers_400(string path)
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Unknown_paths_answer_404()
    {
        await using var app = await RunningApp.StartAsync();

        using var response = await app.Client.GetAsync("/nothing-here");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
