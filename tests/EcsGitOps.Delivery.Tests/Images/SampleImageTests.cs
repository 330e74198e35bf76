using System.Net;
using System.Text.Json;
using Docker.DotNet.Models;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

[Collection(SampleAppPublishing.Name)]
public sealed class SampleImageTests(SampleImageFixture sample) : IClassFixture<SampleImageFixture>, IDisposable
{
    // A guard against a container that never answers, not a measurement.
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(1));

    public void Dispose() => _guard.Dispose();

    [DockerFact]
    public async Task The_image_serves_health_on_a_read_only_root_filesystem_as_a_non_root_user()
    {
        await using var container = await RunningContainer.StartAsync(sample.Docker, sample.Image.ImageId, FreePort.Next());

        using var health = await container.FirstResponseAsync("/health", _guard.Token);

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("healthy", await health.Content.ReadAsStringAsync());
        var inspected = await sample.Docker.Containers.InspectContainerAsync(container.Id);
        Assert.True(inspected.HostConfig.ReadonlyRootfs);
        Assert.Equal("65532:65532", inspected.Config.User);
    }

    [DockerFact]
    public async Task Version_shows_the_colour_version_and_commit_the_container_was_given()
    {
        await using var container = await RunningContainer.StartAsync(sample.Docker, sample.Image.ImageId, FreePort.Next(),
            "DEPLOYMENT_COLOR=green", "APP_VERSION=1.0.0-test", "GIT_COMMIT=0123abcd");
        (await container.FirstResponseAsync("/health", _guard.Token)).Dispose();

        using var version = JsonDocument.Parse(await container.Client.GetStringAsync("/version"));

        Assert.Equal("green", version.RootElement.GetProperty("colour").GetString());
        Assert.Equal("1.0.0-test", version.RootElement.GetProperty("version").GetString());
        Assert.Equal("0123abcd", version.RootElement.GetProperty("commit").GetString());
    }

    [DockerFact]
    public async Task Stopping_the_container_shuts_the_service_down_gracefully_with_exit_code_0()
    {
        await using var container = await RunningContainer.StartAsync(sample.Docker, sample.Image.ImageId, FreePort.Next());
        (await container.FirstResponseAsync("/health", _guard.Token)).Dispose();

        await sample.Docker.Containers.StopContainerAsync(container.Id, new ContainerStopParameters { WaitBeforeKillSeconds = 30 }, _guard.Token);

        var inspected = await sample.Docker.Containers.InspectContainerAsync(container.Id);
        Assert.Equal(0, inspected.State.ExitCode);
        Assert.Contains("Application is shutting down", await container.LogsAsync());
    }

    [DockerFact]
    public async Task The_image_has_no_healthcheck_exposes_8080_and_starts_the_native_binary()
    {
        var image = await sample.Docker.Images.InspectImageAsync(sample.Image.ImageId);

        Assert.Null(image.Config.Healthcheck);
        Assert.Contains("8080/tcp", image.Config.ExposedPorts.Keys);
        Assert.Equal(["/app/SampleApi"], image.Config.Entrypoint);
        Assert.Equal("65532:65532", image.Config.User);
    }

    [DockerFact]
    public async Task The_image_is_built_on_the_local_base_and_holds_little_more_than_the_native_binary()
    {
        var image = await sample.Docker.Images.InspectImageAsync(sample.Image.ImageId);

        Assert.StartsWith("ecsgitops/base:local-", sample.Image.BaseImage);
        Assert.Equal(sample.Image.BaseImage, image.Config.Labels[OciLabels.BaseName]);
        Assert.InRange(sample.Image.Size, 1, 30L * 1024 * 1024);
    }

    [DockerFact]
    public async Task Building_again_from_the_same_sources_reuses_the_image()
    {
        var again = await sample.BuildAsync();

        Assert.True(again.Reused);
        Assert.Equal(sample.Image.ImageId, again.ImageId);
        Assert.Equal([$"{SampleImageFixture.Repository}:0123abcd", $"{SampleImageFixture.Repository}:1.0.0-test"], again.Tags);
    }
}
