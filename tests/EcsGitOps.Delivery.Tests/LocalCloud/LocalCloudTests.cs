using System.Diagnostics;
using EcsGitOps.Delivery.LocalCloud;

namespace EcsGitOps.Delivery.Tests.LocalCloud;

public sealed class LocalCloudTests : IDisposable
{
    readonly string stateDirectory = Directory.CreateTempSubdirectory("local-cloud-").FullName;
    readonly List<string> log = [];
    static readonly HttpClient Http = new();

    [RegistryFact]
    public async Task Starts_moto_and_a_registry_on_loopback_and_stops_both_when_disposed()
    {
        LocalCloudEndpoints endpoints;
        await using (var cloud = await Start(keep: false))
        {
            endpoints = cloud.Endpoints;
            Assert.StartsWith("http://127.0.0.1:", endpoints.AwsEndpointUrl);
            Assert.True((await Http.GetAsync(endpoints.AwsEndpointUrl + "/moto-api/")).IsSuccessStatusCode);
            Assert.True((await Http.GetAsync($"http://{endpoints.RegistryAddress}/v2/")).IsSuccessStatusCode);
        }

        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync(endpoints.AwsEndpointUrl + "/moto-api/"));
        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync($"http://{endpoints.RegistryAddress}/v2/"));
    }

    [RegistryFact]
    public async Task A_kept_cloud_is_reused_by_the_next_run_and_stopped_on_request()
    {
        LocalCloudEndpoints first;
        await using (var cloud = await Start(keep: true))
            first = cloud.Endpoints;

        await using (var again = await Start(keep: true))
            Assert.Equal(first, again.Endpoints);
        Assert.Contains(log, line => line.StartsWith("Reusing the local cloud"));

        Assert.True(LocalCloudServers.StopKept(stateDirectory, log.Add));
        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetAsync($"http://{first.RegistryAddress}/v2/"));
    }

    [RegistryFact]
    public async Task Rollout_records_live_and_die_with_the_cloud()
    {
        string record;
        await using (var cloud = await Start(keep: true))
        {
            record = Path.Combine(cloud.RolloutDirectory, "sample-api.json");
            Directory.CreateDirectory(cloud.RolloutDirectory);
            await File.WriteAllTextAsync(record, "{}");
        }
        await using (var kept = await Start(keep: false))
            Assert.True(File.Exists(record), "a kept cloud keeps its rollout records");

        Assert.False(Directory.Exists(Path.GetDirectoryName(record)), "a stopped cloud leaves no rollout records");
        Directory.CreateDirectory(Path.GetDirectoryName(record)!);
        await File.WriteAllTextAsync(record, "{}"); // left by a run that was killed with its cloud
        await using (var fresh = await Start(keep: false))
            Assert.False(File.Exists(record), "a new cloud starts without records");
    }

    [RegistryFact]
    public async Task A_user_endpoint_replaces_moto()
    {
        await using var cloud = await Start(keep: false, awsEndpointUrl: "http://127.0.0.1:4566");

        Assert.Equal("http://127.0.0.1:4566", cloud.Endpoints.AwsEndpointUrl);
        Assert.DoesNotContain(log, line => line.Contains("moto_server"));
    }

    Task<LocalCloudServers> Start(bool keep, string? awsEndpointUrl = null) =>
        LocalCloudServers.StartAsync(new LocalCloudOptions(stateDirectory, keep, awsEndpointUrl), log.Add, CancellationToken.None);

    public void Dispose()
    {
        LocalCloudServers.StopKept(stateDirectory, _ => { });
        Directory.Delete(stateDirectory, recursive: true);
    }
}
