using System.Text;
using Docker.DotNet;
using EcsGitOps.Aws;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Tests.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>A registry that refuses the login: one clear line, and no password or token anywhere it could leak.</summary>
[Collection(PushCollection.Name)]
public sealed class RegistryAuthTests(MotoServer moto, AuthenticatingRegistry registry) : IClassFixture<AuthenticatingRegistry>, IAsyncLifetime
{
    // What moto's GetAuthorizationToken hands out for its account, as ECR does: base64 "AWS:<password>".
    private const string EcrPassword = "123456789012-auth-token";
    private static readonly string EcrToken = Convert.ToBase64String(Encoding.ASCII.GetBytes("AWS:" + EcrPassword));
    private const string WrongPassword = "wrong-password-7f3a";

    private readonly AwsClients _aws = moto.CreateClients();
    private readonly HttpClient _http = new();
    private readonly List<string> _output = [];
    private readonly TempDirectory _artifacts = new();
    private readonly string _repository = "push-test/auth-" + Guid.NewGuid().ToString("N")[..8];
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

    private ImagePusher Pusher() => new(_aws.Ecr, _http, line => _output.Add(line));

    private PushEcrOptions Options(string image, RegistryCredentials? credentials = null) =>
        new(image, new EcrRepositorySettings(_repository), "1.0.0", RegistryEndpoint: registry.Endpoint, Credentials: credentials, RecordInEcr: true);

    /// <summary>Everything a secret could leak into: output, the message, the whole exception chain, and the artifacts directory.</summary>
    private string Everything(Exception? error) =>
        string.Join('\n', _output) + '\n' + error + '\n'
        + string.Join('\n', Directory.EnumerateFiles(_artifacts.Path, "*", SearchOption.AllDirectories).Select(File.ReadAllText));

    [PushFact]
    public async Task A_registry_refusing_the_ECR_token_fails_in_one_line_naming_the_registry_and_never_the_token()
    {
        var image = await _images!.ImportAsync();

        var error = await Assert.ThrowsAsync<ImagePushException>(() => Pusher().PushAsync(Options(image), CancellationToken.None));

        Assert.StartsWith($"Registry {registry.Endpoint} refused the credentials of user AWS for {registry.Endpoint}/{_repository}:1.0.0: ", error.Message);
        Assert.Contains("unauthorized", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain('\n', error.Message);
        Assert.DoesNotContain(EcrPassword, Everything(error));
        Assert.DoesNotContain(EcrToken, Everything(error));
    }

    [PushFact]
    public async Task A_wrong_password_is_refused_in_one_line_and_never_repeated()
    {
        var image = await _images!.ImportAsync();

        var error = await Assert.ThrowsAsync<ImagePushException>(
            () => Pusher().PushAsync(Options(image, new RegistryCredentials(AuthenticatingRegistry.User, WrongPassword)), CancellationToken.None));

        Assert.StartsWith($"Registry {registry.Endpoint} refused the credentials of user ci for ", error.Message);
        Assert.EndsWith(": check the registry credentials (for ECR: that they allow ecr:InitiateLayerUpload and ecr:PutImage).", error.Message);
        Assert.DoesNotContain(WrongPassword, Everything(error));
    }

    [PushFact]
    public async Task The_right_password_is_accepted_and_appears_nowhere_including_image_json()
    {
        var image = await _images!.ImportAsync();
        var credentials = new RegistryCredentials(AuthenticatingRegistry.User, AuthenticatingRegistry.Password);

        var pushed = await Pusher().PushAsync(Options(image, credentials), CancellationToken.None);
        await pushed.ToArtifact().WriteAsync(Path.Combine(_artifacts.Path, "image.json"), CancellationToken.None);

        Assert.False(pushed.Skipped);
        Assert.True(pushed.RecordedInEcr);
        Assert.DoesNotContain(AuthenticatingRegistry.Password, Everything(null) + credentials);
    }
}
