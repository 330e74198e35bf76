using System.Net;
using System.Text.Json;

namespace SampleApi.Tests;

public sealed class LifecycleTests : IDisposable
{
    // A guard against a hung process, not a measurement: the test fails on the assertions, not on the clock.
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(2));

    private CancellationToken Guard => _guard.Token;

    public void Dispose() => _guard.Dispose();

    [Fact]
    public async Task Listens_where_ASPNETCORE_URLS_says_and_answers_health()
    {
        await using var service = ServiceProcess.Start(new Dictionary<string, string>());

        using var response = await service.WaitForHealthyAsync(Guard);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task SIGTERM_stops_the_service_gracefully_with_exit_code_0()
    {
        await using var service = ServiceProcess.Start(new Dictionary<string, string>());
        (await service.WaitForHealthyAsync(Guard)).Dispose();

        await service.TerminateAsync(Guard);

        Assert.Equal(0, service.ExitCode);
        Assert.Contains(service.Output, line => line.Contains("Application is shutting down"));
    }

    [Theory]
    [InlineData("FAILURE_RATE", "2", "FAILURE_RATE '2' is not a fraction: set FAILURE_RATE to a number from 0 to 1, such as 0.25.")]
    [InlineData("PORT", "eighty", "PORT 'eighty' is not a TCP port: set PORT to a number from 1 to 65535.")]
    public async Task An_invalid_setting_stops_the_start_with_one_line_and_exit_code_1(string setting, string value, string line)
    {
        var environment = new Dictionary<string, string> { [setting] = value };
        await using var service = ServiceProcess.Start(environment, listenOnPort: setting != "PORT");

        await service.WaitForExitAsync(Guard);

        Assert.Equal(1, service.ExitCode);
        Assert.Equal([line], service.Errors);
        Assert.Empty(service.Output);
    }

    [Fact]
    public async Task Logs_are_one_json_object_per_line_with_timestamp_level_and_message()
    {
        await using var service = ServiceProcess.Start(new Dictionary<string, string>());
        (await service.WaitForHealthyAsync(Guard)).Dispose();
        await service.TerminateAsync(Guard);

        var lines = service.Output.Where(line => line.Length > 0).ToList();

        Assert.NotEmpty(lines);
        Assert.All(lines, line =>
        {
            using var json = JsonDocument.Parse(line);
            Assert.True(json.RootElement.TryGetProperty("Timestamp", out _));
            Assert.True(json.RootElement.TryGetProperty("LogLevel", out _));
            Assert.True(json.RootElement.TryGetProperty("Message", out _));
        });
        Assert.Contains(lines, line => line.Contains($":{service.Port}"));
    }
}
