using System.Net;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

[Collection(SampleAppPublishing.Name)]
public sealed class FrameworkDependentImageTests : IDisposable
{
    private readonly TempDirectory _context = new();
    private readonly CancellationTokenSource _guard = new(TimeSpan.FromMinutes(1));

    public void Dispose()
    {
        _guard.Dispose();
        _context.Dispose();
    }

    [DockerFact]
    public async Task A_framework_dependent_build_runs_on_the_aspnet_base_assembled_from_the_local_shared_framework()
    {
        File.Copy(RepositoryRoot.Combine("app", "Dockerfile"), Path.Combine(_context.Path, "Dockerfile"));
        File.Copy(RepositoryRoot.Combine("app", ".dockerignore"), Path.Combine(_context.Path, ".dockerignore"));
        using var docker = await TestEngine.ConnectAsync();

        var image = await new ImageBuilder(_ => { }).BuildAsync(new DockerBuildOptions(
            Path.Combine(_context.Path, "Dockerfile"), _context.Path, "ecsgitops-test/sample-api-fdd", "1.0.0-test", "0123abcd",
            BaseImage: DockerBuildOptions.LocalBase,
            Publish: AppPublishOptions.IntoContext(RepositoryRoot.Combine("app", "src", "SampleApi", "SampleApi.csproj"), _context.Path, nativeAot: false)),
            CancellationToken.None);
        await using var container = await RunningContainer.StartAsync(docker, image.ImageId, FreePort.Next());
        using var health = await container.FirstResponseAsync("/health", _guard.Token);

        Assert.StartsWith("ecsgitops/aspnet-base:local-", image.BaseImage);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("healthy", await health.Content.ReadAsStringAsync());
    }
}
