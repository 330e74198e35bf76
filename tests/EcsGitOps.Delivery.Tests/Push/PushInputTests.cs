using EcsGitOps.Delivery.Registry;

namespace EcsGitOps.Delivery.Tests.Push;

/// <summary>Bad input fails before anything is created or pushed, each with one line.</summary>
public sealed class PushInputTests
{
    private static Task<PushedImage> PushAsync(PushEcrOptions options) =>
        new ImagePusher(null, new HttpClient(), _ => { }).PushAsync(options, CancellationToken.None);

    private static PushEcrOptions Open(string repository = "sample-api", string tag = "1.0.0", string engine = "unix:///var/run/docker.sock") =>
        new("sample-api:1.0.0", new EcrRepositorySettings(repository), tag, RegistryEndpoint: "127.0.0.1:1", UseEcrCredentials: false, DockerEndpoint: engine);

    [Fact]
    public async Task An_unreachable_engine_fails_in_one_line_saying_to_start_it()
    {
        var error = await Assert.ThrowsAsync<ImagePushException>(() => PushAsync(Open(engine: "unix:///tmp/ecsgitops-no-engine.sock")));

        Assert.StartsWith("Docker engine not reachable at unix:///tmp/ecsgitops-no-engine.sock: start it", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("Sample-API")]
    [InlineData("a")]
    public async Task A_repository_name_ECR_would_refuse_is_rejected_with_the_rule(string repository)
    {
        var error = await Assert.ThrowsAsync<ImagePushException>(() => PushAsync(Open(repository: repository)));

        Assert.StartsWith($"Repository '{repository}' is not a valid ECR repository name: ", error.Message);
    }

    [Theory]
    [InlineData("123456789012.dkr.ecr.us-east-1.amazonaws.com/sample-api")]
    [InlineData("127.0.0.1:5000/sample-api")]
    public async Task A_repository_given_with_its_registry_host_is_rejected_saying_to_pass_the_name_only(string repository)
    {
        var error = await Assert.ThrowsAsync<ImagePushException>(() => PushAsync(Open(repository: repository)));

        Assert.Equal($"Repository '{repository}' includes the registry host: pass the name only ('sample-api'); the registry comes from ECR or the registry endpoint.", error.Message);
    }

    [Fact]
    public async Task A_tag_starting_with_a_dot_is_rejected_with_the_rule()
    {
        var error = await Assert.ThrowsAsync<ImagePushException>(() => PushAsync(Open(tag: ".hidden")));

        Assert.StartsWith("Tag '.hidden' is not a valid image tag: ", error.Message);
    }

    [Fact]
    public async Task Pushing_to_ECR_without_AWS_clients_says_to_configure_them()
    {
        var error = await Assert.ThrowsAsync<ImagePushException>(() => PushAsync(new("sample-api:1.0.0", new EcrRepositorySettings("sample-api"), "1.0.0")));

        Assert.Equal("PushEcr to ECR needs ECR but no AWS clients were given: configure AWS credentials and region.", error.Message);
    }
}
