using EcsGitOps.Delivery.Images;

namespace EcsGitOps.Delivery.Tests.Images;

public sealed class OciLabelsTests
{
    [Theory]
    [InlineData("https://github.com/example/ecsgitops.git", "https://github.com/example/ecsgitops")]
    [InlineData("git@github.com:example/ecsgitops.git", "https://github.com/example/ecsgitops")]
    [InlineData("ssh://git@gitlab.example.com/team/ecsgitops", "https://gitlab.example.com/team/ecsgitops")]
    [InlineData("https://ci-user:s3cret@github.com/example/ecsgitops", "https://github.com/example/ecsgitops")]
    [InlineData("/work/wt-images", null)]
    [InlineData("file:///work/wt-images", null)]
    [InlineData("../ecsgitops", null)]
    [InlineData(null, null)]
    public void The_source_label_is_the_repository_s_https_url_never_a_local_path_or_credentials(string? remote, string? expected)
    {
        Assert.Equal(expected, OciLabels.RepositoryUrl(remote));
    }

    [Fact]
    public void Created_is_written_in_utc_whatever_the_offset_given()
    {
        Assert.Equal("2026-11-30T08:00:00Z", OciLabels.Timestamp(new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.FromHours(1))));
    }
}
