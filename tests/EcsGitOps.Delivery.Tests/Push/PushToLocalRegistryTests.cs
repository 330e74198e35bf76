using System.Security.Cryptography;
using System.Text;
using Docker.DotNet;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecr;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Scanning;
using EcsGitOps.Delivery.Tests.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>The local profile: push through the real engine to docker-registry, and keep moto's ECR in step with it.</summary>
[Collection(PushCollection.Name)]
public sealed class PushToLocalRegistryTests(MotoServer moto, LocalRegistry registry) : IClassFixture<LocalRegistry>, IAsyncLifetime
{
    private readonly AwsClients _aws = moto.CreateClients();
    private readonly HttpClient _http = new();
    private readonly List<string> _output = [];
    private readonly string _repository = "push-test/sample-" + Guid.NewGuid().ToString("N")[..8];
    private readonly TempDirectory _artifacts = new();
    private IDockerClient? _docker;
    private ScratchImages? _images;

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
        _aws.Dispose();
        _artifacts.Dispose();
    }

    private ImagePusher Pusher(bool withEcr = true) => new(withEcr ? _aws.Ecr : null, _http, line => _output.Add(line));

    private PushEcrOptions Local(string image, string tag = "1.0.0", bool recordInEcr = true) =>
        new(image, new EcrRepositorySettings(_repository), tag, RegistryEndpoint: registry.Endpoint, UseEcrCredentials: false, RecordInEcr: recordInEcr);

    private async Task<ImageDetail> InEcrAsync(string digest) =>
        Assert.Single((await _aws.Ecr.DescribeImagesAsync(new() { RepositoryName = _repository, ImageIds = [new ImageIdentifier { ImageDigest = digest }] })).ImageDetails!);

    [PushFact]
    public async Task Pushes_to_the_local_registry_and_ECR_on_moto_reports_the_digest_the_registry_serves()
    {
        var image = await _images!.ImportAsync();

        var pushed = await Pusher().PushAsync(Local(image), CancellationToken.None);

        var manifest = await _http.GetByteArrayAsync($"http://{registry.Endpoint}/v2/{_repository}/manifests/{pushed.Digest}");
        Assert.Equal(pushed.Digest, "sha256:" + Convert.ToHexStringLower(SHA256.HashData(manifest)));
        var recorded = await InEcrAsync(pushed.Digest);
        Assert.Equal(pushed.Digest, recorded.ImageDigest);
        Assert.Contains("1.0.0", recorded.ImageTags!);
        Assert.Equal((false, true), (pushed.Skipped, pushed.RecordedInEcr));
        Assert.Equal($"{registry.Endpoint}/{_repository}@{pushed.Digest}", pushed.PinnedReference);
        Assert.Contains((await _docker!.Images.InspectImageAsync(image)).RepoDigests, reference => reference == pushed.PinnedReference);
        Assert.True(pushed.Size > 0);
        Assert.Contains($"Pushed {registry.Endpoint}/{_repository}:1.0.0 as {pushed.Digest}", _output);
    }

    [PushFact]
    public async Task The_repository_is_created_in_ECR_before_the_first_push_and_found_after()
    {
        var image = await _images!.ImportAsync();

        await Pusher().PushAsync(Local(image), CancellationToken.None);
        await Pusher().PushAsync(Local(image, tag: "1.0.1"), CancellationToken.None);

        var repository = Assert.Single((await _aws.Ecr.DescribeRepositoriesAsync(new() { RepositoryNames = [_repository] })).Repositories!);
        Assert.Equal("IMMUTABLE", repository.ImageTagMutability);
        Assert.Contains($"ECR repository {_repository} created: IMMUTABLE tags, scan on push on, AES256 encryption", _output);
        Assert.Contains(_output, line => line.StartsWith($"ECR repository {_repository} exists: ", StringComparison.Ordinal));
    }

    [PushFact]
    public async Task A_second_push_of_the_same_image_and_tag_is_skipped()
    {
        var image = await _images!.ImportAsync();
        var first = await Pusher().PushAsync(Local(image), CancellationToken.None);
        _output.Clear();

        var second = await Pusher().PushAsync(Local(image), CancellationToken.None);

        Assert.Equal((first.Digest, true, false), (second.Digest, second.Skipped, second.RecordedInEcr));
        Assert.Equal(first.Size, second.Size);
        Assert.Contains(_output, line => line.StartsWith($"{registry.Endpoint}/{_repository}:1.0.0 already holds {first.Digest}, the manifest of image sha256:", StringComparison.Ordinal)
            && line.EndsWith(": already pushed, nothing uploaded", StringComparison.Ordinal));
        Assert.DoesNotContain(_output, line => line.StartsWith("Pushing ", StringComparison.Ordinal));
        Assert.Equal(first.Digest, (await InEcrAsync(first.Digest)).ImageDigest);
    }

    [PushFact]
    public async Task An_image_in_the_registry_but_not_yet_in_ECR_is_recorded_without_pushing_again()
    {
        var image = await _images!.ImportAsync();
        var pushed = await Pusher().PushAsync(Local(image, recordInEcr: false), CancellationToken.None);
        await Assert.ThrowsAsync<AwsServiceException>(() => _aws.Ecr.DescribeImagesAsync(new() { RepositoryName = _repository }));

        var again = await Pusher().PushAsync(Local(image), CancellationToken.None);

        Assert.Equal((pushed.Digest, true, true), (again.Digest, again.Skipped, again.RecordedInEcr));
        Assert.Equal(pushed.Digest, (await InEcrAsync(pushed.Digest)).ImageDigest);
    }

    [PushFact]
    public async Task A_tag_that_already_names_another_image_is_refused_in_one_line_before_anything_is_uploaded()
    {
        var first = await _images!.ImportAsync();
        await Pusher().PushAsync(Local(first), CancellationToken.None);
        var other = await _images.ImportAsync();
        _output.Clear();

        var error = await Assert.ThrowsAsync<ImagePushException>(() => Pusher().PushAsync(Local(other), CancellationToken.None));

        var (held, refused) = ((await _docker!.Images.InspectImageAsync(first)).ID, (await _docker.Images.InspectImageAsync(other)).ID);
        Assert.Equal($"Registry {registry.Endpoint} already has {_repository}:1.0.0 on image {held}, not this build's {refused}, "
            + "and tags are immutable: give this build a new version, or build the sources that tag was pushed from.", error.Message);
        Assert.DoesNotContain(_output, line => line.StartsWith("Pushing ", StringComparison.Ordinal));
    }

    [PushFact]
    public async Task Pushing_the_same_build_again_from_a_fresh_pusher_is_already_pushed_and_uploads_nothing()
    {
        var image = await _images!.ImportAsync();
        var first = await Pusher().PushAsync(Local(image), CancellationToken.None);
        var stored = registry.StoredBytes;
        _output.Clear();

        var second = await Pusher().PushAsync(Local(image), CancellationToken.None);

        Assert.Equal((first.Digest, true), (second.Digest, second.Skipped));
        Assert.Equal(stored, registry.StoredBytes);
        Assert.Contains(_output, line => line.EndsWith(": already pushed, nothing uploaded", StringComparison.Ordinal));
        Assert.DoesNotContain(_output, line => line.StartsWith("Pushing ", StringComparison.Ordinal));
    }

    [PushFact]
    public async Task ECR_answering_that_the_manifest_already_has_the_tag_is_success_not_a_conflict()
    {
        var pushed = await Pusher().PushAsync(Local(await _images!.ImportAsync()), CancellationToken.None);
        var manifest = await new RegistryApi(_http, new RegistryLogin(registry.Endpoint, null)).GetManifestAsync(_repository, pushed.Digest, CancellationToken.None);

        var recordedAgain = await new EcrImageRecorder(_aws.Ecr).RecordAsync(new EcrRepositorySettings(_repository), manifest, "1.0.0", CancellationToken.None);

        Assert.False(recordedAgain);
        Assert.Contains("1.0.0", (await InEcrAsync(pushed.Digest)).ImageTags!);
    }

    [PushFact]
    public async Task An_open_registry_takes_the_push_without_ECR_at_all()
    {
        var image = await _images!.ImportAsync();

        var pushed = await Pusher(withEcr: false).PushAsync(Local(image, recordInEcr: false), CancellationToken.None);

        Assert.False(pushed.RecordedInEcr);
        Assert.Equal(pushed.Digest, (await new RegistryApi(_http, new RegistryLogin(registry.Endpoint, null)).GetManifestAsync(_repository, "1.0.0", CancellationToken.None)).Digest);
        Assert.DoesNotContain(_output, line => line.Contains("ECR", StringComparison.Ordinal));
    }

    [PushFact]
    public async Task An_image_missing_from_the_engine_fails_in_one_line_saying_to_build_it()
    {
        var error = await Assert.ThrowsAsync<ImagePushException>(() => Pusher().PushAsync(Local("ecsgitops-test/never-built:0"), CancellationToken.None));

        Assert.Equal("Image ecsgitops-test/never-built:0 is not in the Docker engine: run DockerBuild first, or pass the reference it tagged.", error.Message);
    }

    [PushFact]
    public async Task Push_then_ECR_scan_then_image_json_all_name_the_image_the_registry_holds()
    {
        var pushed = await Pusher().PushAsync(Local(await _images!.ImportAsync()), CancellationToken.None);
        await moto.SetScanFindingsAsync($$"""
            {"repositoryName":"{{_repository}}","imageId":{"imageDigest":"{{pushed.Digest}}"},
             "imageScanStatus":{"status":"COMPLETE","description":"The scan was completed successfully."},
             "imageScanFindings":{"findingSeverityCounts":{"LOW":1},"findings":[{"name":"CVE-2026-5555","severity":"LOW",
               "attributes":[{"key":"package_name","value":"zlib"},{"key":"package_version","value":"1.2.13"}]}]} }
            """);
        var scanner = new EcrScanner(_aws.Ecr, new EcrScanOptions(_repository) { PollInterval = TimeSpan.FromMilliseconds(50) }, TimeProvider.System);
        var verdict = ScanGate.Evaluate(await scanner.ScanAsync(new ScanTarget(pushed.PinnedReference, pushed.Digest), CancellationToken.None), [], Severity.Critical, DateTimeOffset.UtcNow);
        var path = Path.Combine(_artifacts.Path, ImageArtifact.FileName);

        await pushed.ToArtifact(verdict).WriteAsync(path, CancellationToken.None);

        var artifact = await ImageArtifact.ReadAsync(path, CancellationToken.None);
        var manifest = await new RegistryApi(_http, new RegistryLogin(registry.Endpoint, null)).GetManifestAsync(_repository, pushed.Digest, CancellationToken.None);
        Assert.Equal(pushed.PinnedReference, artifact.Image);
        Assert.Equal((await InEcrAsync(pushed.Digest)).ImageDigest, artifact.Digest);
        Assert.Equal(manifest.ImageSize, artifact.Size);
        Assert.Equal(new Dictionary<string, int> { ["LOW"] = 1 }, artifact.ScanSummary);
        Assert.Equal(("ecr", true), (artifact.Scanner, artifact.ScanPassed));
    }
}
