using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.Images;

/// <summary>artifacts/image.json: the image PushEcr pushed, which later targets deploy by digest, never by tag.</summary>
/// <param name="ScanSummary">Findings per severity (CRITICAL, HIGH, ...), empty when the image was not scanned.</param>
public sealed partial record ImageArtifact(
    string Repository,
    string? Tag,
    string? Digest,
    long Size,
    IReadOnlyDictionary<string, int>? ScanSummary = null)
{
    public const string FileName = "image.json";

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary><c>repository@sha256:...</c>; fails when the artifact names a tag only.</summary>
    public string PinnedReference() => IsDigest(Digest)
        ? $"{Repository}@{Digest}"
        : throw new InvalidOperationException(
            $"image {Repository}{(Tag is null ? "" : ":" + Tag)} has no digest in {FileName}: "
            + "deployments take an image pinned by digest; run PushEcr to record the pushed digest");

    public static bool IsDigest(string? digest) => digest is not null && DigestPattern().IsMatch(digest);

    /// <summary>True for <c>repository@sha256:&lt;64 hex&gt;</c>, false for a tag or a bare repository.</summary>
    public static bool IsDigestPinned(string imageReference) =>
        imageReference.LastIndexOf('@') is var at and > 0 && IsDigest(imageReference[(at + 1)..]);

    public static async Task<ImageArtifact> ReadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{path} not found: run PushEcr first, it records the pushed image there", path);
        await using var stream = File.OpenRead(path);
        ImageArtifact? artifact;
        try
        {
            artifact = await JsonSerializer.DeserializeAsync<ImageArtifact>(stream, Json, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a valid image artifact (line {e.LineNumber + 1}): run PushEcr again", e);
        }
        return artifact is { Repository.Length: > 0 }
            ? artifact
            : throw new InvalidDataException($"{path} names no repository: run PushEcr again");
    }

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json) + "\n", cancellationToken);
    }

    [GeneratedRegex("^sha256:[0-9a-f]{64}$")]
    private static partial Regex DigestPattern();
}
