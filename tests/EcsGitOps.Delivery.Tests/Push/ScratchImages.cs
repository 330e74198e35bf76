using Docker.DotNet;
using Docker.DotNet.Models;
using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>Tiny FROM-scratch images imported through the engine API, each with its own content, removed at the end.</summary>
public sealed class ScratchImages(IDockerClient docker) : IAsyncDisposable
{
    private readonly List<string> _references = [];

    /// <summary>Imports an image holding one file of random content, so its digest is new to every registry.</summary>
    public async Task<string> ImportAsync()
    {
        var tag = Guid.NewGuid().ToString("N")[..12];
        await using var archive = await LayerArchive.CreateAsync(
            [new TextFileEntry("nonce.txt", Guid.NewGuid().ToString(), (UnixFileMode)0b110_100_100)], CancellationToken.None);
        await docker.Images.CreateImageAsync(
            new ImagesCreateParameters { FromSrc = "-", Repo = "ecsgitops-test/push", Tag = tag }, archive.Stream, new AuthConfig(), new Progress<JSONMessage>());
        var reference = $"ecsgitops-test/push:{tag}";
        _references.Add(reference);
        return reference;
    }

    /// <summary>Also drops the registry tags the pushes added, which name the same images.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var reference in _references)
            try
            {
                await docker.Images.DeleteImageAsync((await docker.Images.InspectImageAsync(reference)).ID, new ImageDeleteParameters { Force = true });
            }
            catch (DockerApiException)
            {
                // Already gone: nothing left to clean.
            }
    }
}
