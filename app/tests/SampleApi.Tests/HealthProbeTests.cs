using System.Diagnostics;

namespace SampleApi.Tests;

public class HealthProbeTests
{
    [Fact]
    public async Task The_health_check_mode_exits_zero_when_the_service_answers_healthy()
    {
        await using var service = ServiceProcess.Start(new Dictionary<string, string>());
        using var healthy = await service.WaitForHealthyAsync(CancellationToken.None);

        Assert.Equal(0, await ProbeAsync($"http://127.0.0.1:{service.Port}/health"));
    }

    [Fact]
    public async Task The_health_check_mode_exits_one_when_nothing_answers()
    {
        Assert.Equal(1, await ProbeAsync("http://127.0.0.1:9/health"));
    }

    static async Task<int> ProbeAsync(string url)
    {
        using var probe = Process.Start(new ProcessStartInfo("dotnet", [typeof(SampleApp).Assembly.Location, "--health-check", url]))!;
        await probe.WaitForExitAsync();
        return probe.ExitCode;
    }
}
