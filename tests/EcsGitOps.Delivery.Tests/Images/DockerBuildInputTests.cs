using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>Bad input fails before any image work, in one line a user can act on; no engine is needed.</summary>
public sealed class DockerBuildInputTests : IDisposable
{
    private readonly TempDirectory _context = new();
    private readonly ImageBuilder _builder = new(_ => { });

    public void Dispose() => _context.Dispose();

    [Fact]
    public async Task A_missing_dockerfile_fails_with_its_path()
    {
        var dockerfile = Path.Combine(_context.Path, "Dockerfile");

        var error = await Assert.ThrowsAsync<ImageBuildException>(() =>
            _builder.BuildAsync(new DockerBuildOptions(dockerfile, _context.Path, "sample", "1.0.0", "abc123"), CancellationToken.None));

        Assert.Equal($"Dockerfile not found: {dockerfile}: pass the path of an existing Dockerfile.", error.Message);
    }

    [Fact]
    public async Task An_empty_dockerfile_path_says_to_set_it_instead_of_an_argument_exception()
    {
        var error = await Assert.ThrowsAsync<ImageBuildException>(() =>
            _builder.BuildAsync(new DockerBuildOptions(" ", _context.Path, "sample", "1.0.0", "abc123"), CancellationToken.None));

        Assert.Equal("Dockerfile not set: pass the path of the Dockerfile to build.", error.Message);
    }

    [Fact]
    public async Task A_dockerignore_line_that_is_not_a_pattern_fails_collecting_the_context_with_its_line()
    {
        var dockerfile = _context.Write("Dockerfile", "FROM scratch\n");
        _context.Write(".dockerignore", "bin\n[z-a]\n");

        var error = await Assert.ThrowsAsync<ImageBuildException>(() => Task.Run(() => BuildContext.Collect(_context.Path, dockerfile)));

        Assert.Equal($"{Path.Combine(_context.Path, ".dockerignore")}:2: '[z-a]' is not a valid pattern ([x-y] range in reverse order): fix or remove the line.", error.Message);
    }

    [Fact]
    public async Task An_unreachable_engine_fails_naming_the_endpoint_and_how_to_start_one()
    {
        var dockerfile = _context.Write("Dockerfile", "FROM scratch\n");
        var endpoint = $"unix://{_context.Path}/no-engine.sock";

        var error = await Assert.ThrowsAsync<ImageBuildException>(() =>
            _builder.BuildAsync(new DockerBuildOptions(dockerfile, _context.Path, "sample", "1.0.0", "abc123", DockerEndpoint: endpoint), CancellationToken.None));

        Assert.Equal($"Docker engine not reachable at {endpoint}: start it (Debian: apt-get install docker.io && dockerd)", error.Message);
    }

    [Fact]
    public async Task A_local_base_without_a_published_app_says_what_to_set()
    {
        var dockerfile = _context.Write("Dockerfile", "FROM scratch\n");
        var options = new DockerBuildOptions(dockerfile, _context.Path, "sample", "1.0.0", "abc123", BaseImage: DockerBuildOptions.LocalBase);

        var error = await Assert.ThrowsAsync<ImageBuildException>(() => _builder.BuildAsync(options, CancellationToken.None));

        Assert.Equal("Base image 'local' is assembled from the published app: set Publish in the DockerBuild options.", error.Message);
    }

    [Fact]
    public async Task A_missing_project_to_publish_fails_with_its_path()
    {
        var missing = Path.Combine(_context.Path, "Nope.csproj");

        var error = await Assert.ThrowsAsync<ImageBuildException>(() =>
            new AppPublisher(_ => { }).PublishAsync(new AppPublishOptions(missing, Path.Combine(_context.Path, "publish")), CancellationToken.None));

        Assert.Equal($"Project to publish not found: {missing}: pass the path of the app's .csproj or its folder.", error.Message);
    }
}
