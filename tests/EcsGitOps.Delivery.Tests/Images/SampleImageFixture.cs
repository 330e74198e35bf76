using Docker.DotNet;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>The sample service built once as DockerBuild builds it offline: AOT-published, on a locally assembled base.</summary>
/// <remarks>The context is a copy of app/'s Dockerfile and .dockerignore, so parallel test runs never share publish/.</remarks>
public sealed class SampleImageFixture : IAsyncLifetime
{
    public const string Repository = "ecsgitops-test/sample-api";

    private readonly TempDirectory _context = new();

    public IDockerClient Docker { get; private set; } = null!;
    public BuiltImage Image { get; private set; } = null!;
    public List<string> Output { get; } = [];

    public DockerBuildOptions Options => new(
        Path.Combine(_context.Path, "Dockerfile"), _context.Path, Repository, "1.0.0-test", "0123abcd",
        SourceUrl: "https://github.com/example/ecsgitops",
        BaseImage: DockerBuildOptions.LocalBase,
        Publish: AppPublishOptions.IntoContext(RepositoryRoot.Combine("app", "src", "SampleApi", "SampleApi.csproj"), _context.Path));

    public async Task InitializeAsync()
    {
        // Under CI=true an absent engine must fail the tests, so only a local run without one skips the build.
        if (!TestEngine.IsReachable && !TestEngine.RequiredByCi) return;
        File.Copy(RepositoryRoot.Combine("app", "Dockerfile"), Path.Combine(_context.Path, "Dockerfile"));
        File.Copy(RepositoryRoot.Combine("app", ".dockerignore"), Path.Combine(_context.Path, ".dockerignore"));
        Docker = await TestEngine.ConnectAsync();
        Image = await BuildAsync();
    }

    public Task<BuiltImage> BuildAsync() =>
        new ImageBuilder(line => { lock (Output) Output.Add(line); }).BuildAsync(Options, CancellationToken.None);

    public Task DisposeAsync()
    {
        Docker?.Dispose();
        _context.Dispose();
        return Task.CompletedTask;
    }
}
