using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Images;

public sealed class ImageTagsTests
{
    private static DockerBuildOptions Options(string repository = "ecsgitops/sample-api", string version = "1.4.2", string commit = "9f3c2ab0") =>
        new("Dockerfile", ".", repository, version, commit);

    [Fact]
    public void Tags_the_image_with_the_commit_and_the_version() =>
        Assert.Equal(["ecsgitops/sample-api:9f3c2ab0", "ecsgitops/sample-api:1.4.2"], ImageTags.For(Options()));

    [Fact]
    public void A_version_equal_to_the_commit_gives_one_tag() =>
        Assert.Equal(["sample:abc"], ImageTags.For(Options("sample", "abc", "abc")));

    [Theory]
    [InlineData("123456789012.dkr.ecr.eu-west-1.amazonaws.com/sample-api")]
    [InlineData("127.0.0.1:5000/team/sample__api")]
    public void Registry_hosts_and_ports_are_valid_repository_prefixes(string repository) =>
        Assert.Equal(2, ImageTags.For(Options(repository)).Count);

    [Fact]
    public void An_upper_case_repository_is_refused_in_one_line()
    {
        var error = Assert.Throws<ImageBuildException>(() => ImageTags.For(Options("Sample-Api")));

        Assert.Equal("Repository 'Sample-Api' is not a valid image name: use lower-case letters, digits, '.', '_', '-' and '/', optionally after a registry host.", error.Message);
    }

    [Theory]
    [InlineData("1.4.2+build.7")]
    [InlineData("-rc1")]
    [InlineData("")]
    public void A_version_docker_cannot_tag_is_refused_naming_it(string version)
    {
        var error = Assert.Throws<ImageBuildException>(() => ImageTags.For(Options(version: version)));

        Assert.StartsWith($"Version '{version}' is not a valid image tag", error.Message);
    }

    [Theory]
    [InlineData("127.0.0.1:5000/sample:v1", "127.0.0.1:5000/sample", "v1")]
    [InlineData("127.0.0.1:5000/sample", "127.0.0.1:5000/sample", "latest")]
    public void Split_separates_the_tag_from_a_registry_port(string reference, string repository, string tag) =>
        Assert.Equal((repository, tag), ImageTags.Split(reference));
}
