using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.TaskDefinitions;

public sealed class ImageArtifactTests
{
    [Fact]
    public async Task AnArtifactReadsBackAsWritten()
    {
        using var directory = new TempDirectory();
        var path = Path.Combine(directory.Path, "artifacts", ImageArtifact.FileName);
        var artifact = new ImageArtifact(SampleValues.Repository, "1.4.0", SampleValues.Digest, 16_384_000,
            new Dictionary<string, int> { ["CRITICAL"] = 0, ["HIGH"] = 2 });

        await artifact.WriteAsync(path, CancellationToken.None);
        var read = await ImageArtifact.ReadAsync(path, CancellationToken.None);

        Assert.Equal((artifact.Repository, artifact.Tag, artifact.Digest, artifact.Size), (read.Repository, read.Tag, read.Digest, read.Size));
        Assert.Equal(2, read.ScanSummary!["HIGH"]);
        Assert.Contains("\"digest\": \"sha256:", await File.ReadAllTextAsync(path));
    }

    [Fact]
    public async Task AMissingArtifactTellsToRunPushEcr()
    {
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => ImageArtifact.ReadAsync("nowhere/image.json", CancellationToken.None));

        Assert.Equal("nowhere/image.json not found: run PushEcr first to write it.", error.Message);
    }

    [Fact]
    public async Task ABrokenArtifactIsReportedWithItsLine()
    {
        using var directory = new TempDirectory();
        var path = directory.Write("image.json", "{\n  \"repository\": \"x\",\n  \"size\": \"big\"\n}");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => ImageArtifact.ReadAsync(path, CancellationToken.None));

        Assert.StartsWith($"{path} does not hold what PushEcr writes (line 3, ", error.Message);
        Assert.EndsWith("Run PushEcr again to write it.", error.Message);
    }

    [Theory]
    [InlineData("repo@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("registry:5000/repo@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", true)]
    [InlineData("repo:1.4.0", false)]
    [InlineData("repo", false)]
    [InlineData("repo@sha256:short", false)]
    [InlineData("@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", false)]
    public void OnlyAReferenceEndingInASha256DigestIsPinned(string reference, bool pinned) =>
        Assert.Equal(pinned, ImageArtifact.IsDigestPinned(reference));
}
