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
