using Docker.DotNet;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Tests.Images;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>A push through the real engine to a server that answers 405 to uploads: one line saying what answered what.</summary>
public sealed class RefusedPushTests : IAsyncLifetime
{
    readonly PushOnlyRefusingServer _server = new();
    readonly HttpClient _http = new();
    IDockerClient? _docker;
    ScratchImages? _images;

    public async Task InitializeAsync()
    {
        // Under CI=true an unreachable engine fails here, with the engine's own one-line reason.
        if (!TestEngine.IsReachable && !TestEngine.RequiredByCi) return;
        _docker = await TestEngine.ConnectAsync();
        _images = new ScratchImages(_docker);
    }

    public async Task DisposeAsync()
    {
        if (_images is not null) await _images.DisposeAsync();
        _docker?.Dispose();
        _http.Dispose();
        _server.Dispose();
    }

    [DockerFact]
    public async Task A_server_answering_405_to_the_upload_is_named_with_the_status_and_what_to_check()
    {
        var image = await _images!.ImportAsync();
        var options = new PushEcrOptions(image, new EcrRepositorySettings("ecsgitops/sample-api"), "1.0.0", RegistryEndpoint: _server.Endpoint, UseEcrCredentials: false);

        var error = await Assert.ThrowsAsync<ImagePushException>(() => new ImagePusher(null, _http, _ => { }).PushAsync(options, CancellationToken.None));

        Assert.StartsWith($"The registry at {_server.Endpoint} answered HTTP 405 Method Not Allowed to the push of ecsgitops/sample-api:1.0.0 (\"Method Not Allowed\", ", error.Message);
        Assert.EndsWith("is it a registry (v2 API) and does it accept pushes? Check the registry endpoint, or the proxy in front of it.", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }
}
