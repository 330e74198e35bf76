using System.Text.Json;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Registry;
using EcsGitOps.Delivery.Scanning;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Push;

public sealed class ImageArtifactTests : IDisposable
{
    private const string Digest = "sha256:3f1a0e2b7c9d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7";
    private static readonly PushedImage Pushed = new("123456789012.dkr.ecr.us-east-1.amazonaws.com", "ecsgitops/sample-api", "1.4.0", Digest, 7_340_812, Skipped: false, RecordedInEcr: false);
    private readonly TempDirectory _artifacts = new();

    public void Dispose() => _artifacts.Dispose();

    private string PathOf => Path.Combine(_artifacts.Path, ImageArtifact.FileName);

    private static ScanVerdict Verdict(params Finding[] findings) =>
        ScanGate.Evaluate(new ScanReport(Pushed.PinnedReference, "ecr", findings), [], Severity.Critical, DateTimeOffset.UtcNow);

    [Fact]
    public async Task Image_json_names_repository_tag_digest_the_pinned_image_size_and_the_scan_summary()
    {
        var verdict = Verdict(
            new Finding("CVE-2026-1", "zlib", "1.2.13", null, Severity.Low),
            new Finding("CVE-2026-2", "libc6", "2.36", "2.36-9", Severity.High),
            new Finding("CVE-2026-3", "libc6", "2.36", null, Severity.Low));

        await Pushed.ToArtifact(verdict).WriteAsync(PathOf, CancellationToken.None);

        Assert.Equal("""
            {
              "repository": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ecsgitops/sample-api",
              "tag": "1.4.0",
              "digest": "sha256:3f1a0e2b7c9d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7",
              "size": 7340812,
              "scanSummary": {
                "HIGH": 1,
                "LOW": 2
              },
              "scanner": "ecr",
              "scanPassed": true,
              "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/ecsgitops/sample-api@sha256:3f1a0e2b7c9d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7"
            }

            """.ReplaceLineEndings("\n"), await File.ReadAllTextAsync(PathOf));
    }

    [Fact]
    public async Task Image_json_reads_back_as_written_and_pins_by_digest()
    {
        var written = Pushed.ToArtifact(Verdict(new Finding("CVE-2026-9", "openssl", "3.0.2", null, Severity.Critical)));
        await written.WriteAsync(PathOf, CancellationToken.None);

        var read = await ImageArtifact.ReadAsync(PathOf, CancellationToken.None);

        Assert.Equal((written.Repository, written.Tag, written.Digest, written.Size, written.Scanner, written.ScanPassed), (read.Repository, read.Tag, read.Digest, read.Size, read.Scanner, read.ScanPassed));
        Assert.Equal(written.ScanSummary, read.ScanSummary);
        Assert.False(read.ScanPassed);
        Assert.Equal(Pushed.PinnedReference, read.PinnedReference());
        Assert.True(ImageArtifact.IsDigestPinned(read.PinnedReference()));
    }

    [Fact]
    public async Task An_unscanned_image_has_no_scan_fields()
    {
        await Pushed.ToArtifact(ScanVerdict.Unscanned(Pushed.PinnedReference, Severity.Critical)).WriteAsync(PathOf, CancellationToken.None);

        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(PathOf));
        Assert.Equal(["repository", "tag", "digest", "size", "image"], json.RootElement.EnumerateObject().Select(property => property.Name));
    }

    [Fact]
    public void An_artifact_without_a_digest_refuses_to_be_deployed_by_tag()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new ImageArtifact("ecsgitops/sample-api", "1.4.0", null, 0).PinnedReference());

        Assert.StartsWith("image ecsgitops/sample-api:1.4.0 has no digest in image.json: ", error.Message);
    }
}
