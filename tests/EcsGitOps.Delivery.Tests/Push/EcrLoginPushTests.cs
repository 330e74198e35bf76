using System.Text;
using Docker.DotNet;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecr;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Tests.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>The ECR path: log in with GetAuthorizationToken, push with that login, read back with it; the token stays hidden.</summary>
[Collection(PushCollection.Name)]
public sealed class EcrLoginPushTests(MotoServer moto, EcrTokenRegistry registry) : IClassFixture<EcrTokenRegistry>, IAsyncLifetime
{
    private static readonly string Token = Convert.ToBase64String(Encoding.ASCII.GetBytes("AWS:" + EcrTokenRegistry.Password));

    private readonly AwsClients _aws = moto.CreateClients();
    private readonly HttpClient _http = new();
    private readonly List<string> _output = [];
    private readonly TempDirectory _artifacts = new();
    private readonly string _repository = "push-test/ecr-" + Guid.NewGuid().ToString("N")[..8];
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

    private Task<PushedImage> PushAsync(string image) =>
        new ImagePusher(_aws.Ecr, _http, line => _output.Add(line)).PushAsync(
            new(image, new EcrRepositorySettings(_repository), "2.0.0", RegistryEndpoint: registry.Endpoint, RecordInEcr: true), CancellationToken.None);

    [PushFact]
    public async Task The_ECR_login_pushes_then_a_second_push_is_skipped_and_the_token_appears_nowhere()
    {
        var image = await _images!.ImportAsync();

        var first = await PushAsync(image);
        var second = await PushAsync(image);
        await second.ToArtifact().WriteAsync(Path.Combine(_artifacts.Path, "image.json"), CancellationToken.None);

        Assert.Equal((false, true), (first.Skipped, second.Skipped));
        Assert.Equal(first.Digest, second.Digest);
        var recorded = Assert.Single((await _aws.Ecr.DescribeImagesAsync(new() { RepositoryName = _repository, ImageIds = [new ImageIdentifier { ImageDigest = first.Digest }] })).ImageDetails!);
        Assert.Equal(first.Digest, recorded.ImageDigest);
        var everything = string.Join('\n', _output) + File.ReadAllText(Path.Combine(_artifacts.Path, "image.json")) + first + second;
        Assert.DoesNotContain(EcrTokenRegistry.Password, everything);
        Assert.DoesNotContain(Token, everything);
    }
}
