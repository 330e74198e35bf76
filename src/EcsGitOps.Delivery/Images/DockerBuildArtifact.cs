using System.Text.Json;
using System.Text.Json.Serialization;
using EcsGitOps.Delivery.Inputs;

namespace EcsGitOps.Delivery.Images;

/// <summary>
/// artifacts/docker-build.json: the image this checkout built, by ID. ScanImage and PushEcr act on this ID, never on a
/// tag, which another build on the same engine can move.
/// </summary>
/// <param name="ImageId"><c>sha256:</c> and the image config's digest; reproducible from the same sources and parameters.</param>
/// <param name="ContextHash">The <see cref="ImageBuilder.ContextHashLabel"/> the image carries.</param>
/// <param name="Sbom">The CycloneDX SBOM of the published app, when DockerBuild wrote one.</param>
public sealed partial record DockerBuildArtifact(string ImageId, IReadOnlyList<string> Tags, string ContextHash, string Created, string? Sbom = null)
{
    public const string FileName = "docker-build.json";

    /// <summary>The target that writes the file.</summary>
    const string WrittenBy = "DockerBuild";

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(DockerBuildArtifact))]
    sealed partial class DockerBuildArtifactJson : JsonSerializerContext;

    public static DockerBuildArtifact From(BuiltImage image, string? sbom = null) =>
        new(image.ImageId, image.Tags, image.ContextHash, image.Created, sbom);

    /// <exception cref="FileNotFoundException">No file: DockerBuild has not run.</exception>
    /// <exception cref="InvalidDataException">The file is empty, not valid JSON, or names no image ID.</exception>
    public static async Task<DockerBuildArtifact> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var artifact = await ArtifactFile.ReadJsonAsync(path, DockerBuildArtifactJson.Default.DockerBuildArtifact, WrittenBy, cancellationToken);
        return artifact is { ImageId: ['s', 'h', 'a', '2', '5', '6', ':', ..] }
            ? artifact
            : throw new InvalidDataException($"{ShownPath.Of(path)} names no image ID (sha256:...). Run {WrittenBy} again to write it.");
    }

    public async Task WriteAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, DockerBuildArtifactJson.Default.DockerBuildArtifact) + "\n", cancellationToken);
    }

    /// <summary>True while the engine holds this image ID and it carries this context hash: what was built is still there.</summary>
    public async Task<bool> IsInEngineAsync(string dockerEndpoint, CancellationToken cancellationToken)
    {
        using var docker = await DockerEngine.ConnectAsync(dockerEndpoint, cancellationToken);
        return await docker.TryInspectImageAsync(ImageId, cancellationToken) is { } image
            && image.ID == ImageId
            && image.Config?.Labels?.TryGetValue(ImageBuilder.ContextHashLabel, out var hash) == true && hash == ContextHash;
    }

    /// <summary>DockerBuild's up-to-date check: false when the file is missing or unreadable, or the engine no longer has the image.</summary>
    public static bool IsStillInEngine(string path, string dockerEndpoint)
    {
        DockerBuildArtifact artifact;
        try
        {
            artifact = ReadAsync(path, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (Exception error) when (error is IOException or InvalidDataException)
        {
            return false;
        }
        return artifact.IsInEngineAsync(dockerEndpoint, CancellationToken.None).GetAwaiter().GetResult();
    }
}
