using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using EcsGitOps.Delivery.Inputs;
using EcsGitOps.Delivery.Scanning;

namespace EcsGitOps.Delivery.Images;

/// <summary>artifacts/image.json: the image PushEcr pushed, which later targets deploy by digest, never by tag.</summary>
/// <param name="Repository">The repository URI, <c>registry-host/name</c>.</param>
/// <param name="Size">Config plus compressed layers, in bytes, as the registry stores them.</param>
/// <param name="ScanSummary">Findings per severity (CRITICAL, HIGH, ...), empty when the image was not scanned.</param>
/// <param name="Scanner">Which scanner produced the summary ("ecr", "trivy").</param>
/// <param name="ScanPassed">Whether the findings gate passed; null when not scanned.</param>
public sealed partial record ImageArtifact(
    string Repository,
    string? Tag,
    string? Digest,
    long Size,
    IReadOnlyDictionary<string, int>? ScanSummary = null,
    string? Scanner = null,
    bool? ScanPassed = null)
{
    public const string FileName = "image.json";

    /// <summary>The target that writes the file.</summary>
    const string WrittenBy = "PushEcr";

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(ImageArtifact))]
    sealed partial class ImageArtifactJson : JsonSerializerContext;

    /// <summary><c>repository@sha256:...</c> when the digest is known; written to the file for tools that read it.</summary>
    public string? Image => IsDigest(Digest) ? $"{Repository}@{Digest}" : null;

    /// <summary><c>repository@sha256:...</c>; fails when the artifact names a tag only.</summary>
    public string PinnedReference() => Image
        ?? throw new InvalidOperationException(
            $"image {Repository}{(Tag is null ? "" : ":" + Tag)} has no digest in {FileName}: "
            + "deployments take an image pinned by digest; run PushEcr to record the pushed digest");

    public static bool IsDigest(string? digest) => digest is not null && DigestPattern().IsMatch(digest);

    /// <summary>True for <c>repository@sha256:&lt;64 hex&gt;</c>, false for a tag or a bare repository.</summary>
    public static bool IsDigestPinned(string imageReference) =>
        imageReference.LastIndexOf('@') is var at and > 0 && IsDigest(imageReference[(at + 1)..]);

    /// <summary>Counts per severity name, highest first, as scanners and ECR's findingSeverityCounts write them.</summary>
    public static IReadOnlyDictionary<string, int> CountBySeverity(IEnumerable<Finding> findings) =>
        findings.GroupBy(finding => finding.Severity).OrderByDescending(group => group.Key)
            .ToDictionary(group => SeverityText.Of(group.Key), group => group.Count());

    /// <exception cref="FileNotFoundException">No file: PushEcr has not run.</exception>
    /// <exception cref="InvalidDataException">The file is empty, not valid JSON, or names no repository.</exception>
    public static async Task<ImageArtifact> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var artifact = await ArtifactFile.ReadJsonAsync(path, ImageArtifactJson.Default.ImageArtifact, WrittenBy, cancellationToken);
        return artifact is { Repository.Length: > 0 }
            ? artifact
            : throw new InvalidDataException($"{ShownPath.Of(path)} names no repository. Run {WrittenBy} again to write it.");
    }

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, ImageArtifactJson.Default.ImageArtifact) + "\n", cancellationToken);
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex DigestPattern();
}
