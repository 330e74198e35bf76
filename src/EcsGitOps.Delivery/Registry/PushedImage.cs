using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Scanning;

namespace EcsGitOps.Delivery.Registry;

/// <summary>The result of PushEcr: the image in the registry, named by digest.</summary>
/// <param name="Registry"><c>host[:port]</c> the image was pushed to.</param>
/// <param name="Size">Config plus compressed layers, as the registry stores them.</param>
/// <param name="Skipped">True when the registry already held this digest under this tag, so nothing was pushed.</param>
/// <param name="RecordedInEcr">True when the manifest was recorded in ECR with PutImage during this run.</param>
public sealed record PushedImage(
    string Registry,
    string Repository,
    string Tag,
    string Digest,
    long Size,
    bool Skipped,
    bool RecordedInEcr)
{
    public string RepositoryUri => $"{Registry}/{Repository}";

    /// <summary><c>registry/repository@sha256:...</c>: what later targets deploy.</summary>
    public string PinnedReference => $"{RepositoryUri}@{Digest}";

    /// <summary>artifacts/image.json for this push, with the scan's counts when the image was scanned.</summary>
    public ImageArtifact ToArtifact(ScanVerdict? scan = null) => new(
        RepositoryUri,
        Tag,
        Digest,
        Size,
        scan is { Scanned: true } ? ImageArtifact.CountBySeverity(scan.Counted) : null,
        scan?.Scanner,
        scan is { Scanned: true } ? scan.Passed : null);
}
