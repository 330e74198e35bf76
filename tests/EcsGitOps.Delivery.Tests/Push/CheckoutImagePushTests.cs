using Docker.DotNet;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Tests.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>
/// Two checkouts of one commit on one engine, building different versions one after the other: the commit tag moves to
/// the later build, and each checkout still scans and pushes the image it built itself, named in its docker-build.json.
/// </summary>
[Collection(PushCollection.Name)]
public sealed class CheckoutImagePushTests(LocalRegistry registry) : IClassFixture<LocalRegistry>, IAsyncLifetime
{
    private const string Commit = "5e1f0c2a9b3d";
    private readonly string _repository = "ecsgitops-test/checkout-" + Guid.NewGuid().ToString("N")[..8];
    private readonly TempDirectory _cloneA = new();
    private readonly TempDirectory _cloneB = new();
    private readonly HttpClient _http = new();
    private readonly List<string> _output = [];
    private IDockerClient? _docker;

    public async Task InitializeAsync()
    {
        if (TestEngine.IsReachable || TestEngine.RequiredByCi) _docker = await TestEngine.ConnectAsync();
    }

    public async Task DisposeAsync()
    {
        if (_docker is not null)
        {
            foreach (var image in await _docker.Images.ListImagesAsync(new() { All = true }))
                if (image.RepoTags?.Any(tag => tag.Contains(_repository, StringComparison.Ordinal)) == true)
                    await _docker.Images.DeleteImageAsync(image.ID, new() { Force = true });
            _docker.Dispose();
        }
        _http.Dispose();
        _cloneA.Dispose();
        _cloneB.Dispose();
    }

    [PushFact]
    public async Task Each_checkout_pushes_the_image_it_built_though_a_later_build_moved_the_commit_tag()
    {
        var a = await BuildAsync(_cloneA, "1.0.0");
        var b = await BuildAsync(_cloneB, "1.1.0");
        Assert.NotEqual(a.ImageId, b.ImageId);
        Assert.Equal(b.ImageId, (await _docker!.Images.InspectImageAsync($"{_repository}:{Commit}")).ID);

        var pushedA = await PushAsync(_cloneA, "1.0.0");
        var pushedB = await PushAsync(_cloneB, "1.1.0");

        var api = new RegistryApi(_http, new RegistryLogin(registry.Endpoint, null));
        Assert.Equal(a.ImageId, (await api.GetManifestAsync(_repository, pushedA.Digest, CancellationToken.None)).ConfigDigest);
        Assert.Equal(b.ImageId, (await api.GetManifestAsync(_repository, pushedB.Digest, CancellationToken.None)).ConfigDigest);
        Assert.Equal("1.0.0", (await _docker.Images.InspectImageAsync(a.ImageId)).Config.Labels[OciLabels.Version]);
    }

    [DockerFact]
    public async Task The_recorded_build_is_valid_only_while_the_engine_holds_that_image_id_with_its_context_hash()
    {
        var built = await BuildAsync(_cloneA, "1.0.0");
        var path = ArtifactPath(_cloneA);
        var valid = DockerBuildArtifact.IsStillInEngine(path, DockerEngine.DefaultEndpoint);
        await (built with { ContextHash = "0000" }).WriteAsync(path, CancellationToken.None);
        var otherHash = DockerBuildArtifact.IsStillInEngine(path, DockerEngine.DefaultEndpoint);
        await built.WriteAsync(path, CancellationToken.None);
        await _docker!.Images.DeleteImageAsync(built.ImageId, new() { Force = true });

        var removed = DockerBuildArtifact.IsStillInEngine(path, DockerEngine.DefaultEndpoint);

        Assert.Equal((true, false, false), (valid, otherHash, removed));
        Assert.False(DockerBuildArtifact.IsStillInEngine(Path.Combine(_cloneB.Path, "none.json"), DockerEngine.DefaultEndpoint));
    }

    private static string ArtifactPath(TempDirectory clone) => Path.Combine(clone.Path, "artifacts", DockerBuildArtifact.FileName);

    /// <summary>DockerBuild in one checkout: its app is the same, only the version differs.</summary>
    private async Task<DockerBuildArtifact> BuildAsync(TempDirectory clone, string version)
    {
        clone.Write("app/Dockerfile", "FROM scratch\nCOPY app.txt /app/app.txt\n");
        clone.Write("app/app.txt", "the same sources in both checkouts");
        var image = await new ImageBuilder(_output.Add).BuildAsync(new DockerBuildOptions(
            Path.Combine(clone.Path, "app", "Dockerfile"), Path.Combine(clone.Path, "app"), _repository, version, Commit,
            SourceDate: new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero)), CancellationToken.None);
        var artifact = DockerBuildArtifact.From(image);
        await artifact.WriteAsync(ArtifactPath(clone), CancellationToken.None);
        return artifact;
    }

    /// <summary>PushEcr in one checkout: the image is the ID its own docker-build.json names.</summary>
    private async Task<PushedImage> PushAsync(TempDirectory clone, string version)
    {
        var built = await DockerBuildArtifact.ReadAsync(ArtifactPath(clone), CancellationToken.None);
        return await new ImagePusher(null, _http, _output.Add).PushAsync(
            new PushEcrOptions(built.ImageId, new EcrRepositorySettings(_repository), $"{version}-{Commit}", registry.Endpoint, UseEcrCredentials: false),
            CancellationToken.None);
    }
}
