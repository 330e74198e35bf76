using System.Text.Json;

namespace EcsGitOps.Delivery.Registry;

/// <summary>An image manifest exactly as the registry serves it; its digest is the SHA-256 of Content's bytes.</summary>
public sealed record RegistryManifest(string Digest, string MediaType, string Content)
{
    /// <summary>What the image weighs in the registry: config plus compressed layers, as ECR's imageSizeInBytes counts it.</summary>
    public long ImageSize
    {
        get
        {
            using var document = JsonDocument.Parse(Content);
            var root = document.RootElement;
            return Size(root, "config") + (root.TryGetProperty("layers", out var layers) && layers.ValueKind == JsonValueKind.Array
                ? layers.EnumerateArray().Sum(layer => layer.TryGetProperty("size", out var size) && size.TryGetInt64(out var bytes) ? bytes : 0)
                : 0);
        }
    }

    /// <summary>The image config's digest, which the engine uses as the image ID; null for a manifest list.</summary>
    public string? ConfigDigest
    {
        get
        {
            using var document = JsonDocument.Parse(Content);
            return document.RootElement.TryGetProperty("config", out var config) && config.TryGetProperty("digest", out var digest)
                ? digest.GetString()
                : null;
        }
    }

    private static long Size(JsonElement root, string name) =>
        root.TryGetProperty(name, out var element) && element.TryGetProperty("size", out var size) && size.TryGetInt64(out var bytes) ? bytes : 0;
}
