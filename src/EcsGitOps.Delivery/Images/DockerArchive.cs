using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Images;

/// <summary>Loads an image made of a config and layer tars into the engine (`docker load`), which names it by the config's digest.</summary>
/// <remarks>
/// The engine keeps the config's bytes and each layer tar's bytes as given, so an image assembled here has an ID that
/// depends on nothing but what was written: the way to an image ID that two machines agree on.
/// </remarks>
internal static class DockerArchive
{
    /// <summary>Loads the image and tags it; returns its ID, <c>sha256:</c> and the config's digest.</summary>
    /// <param name="layers">Uncompressed layer tars, base first, read from their current position.</param>
    public static async Task<string> LoadAsync(IDockerClient docker, byte[] config, IReadOnlyList<Stream> layers, IReadOnlyList<string> tags,
        CancellationToken cancellationToken)
    {
        var configName = Digest(config)[7..] + ".json";
        var manifest = new JsonArray(new JsonObject
        {
            ["Config"] = configName,
            ["RepoTags"] = new JsonArray([.. tags.Select(tag => (JsonNode)tag)]),
            ["Layers"] = new JsonArray([.. layers.Select((_, index) => (JsonNode)$"{index}/layer.tar")]),
        });
        var archive = TempFile();
        await using (archive)
        {
            await using (var writer = new TarWriter(archive, TarEntryFormat.Pax, leaveOpen: true))
            {
                await WriteAsync(writer, configName, new MemoryStream(config), cancellationToken);
                for (var index = 0; index < layers.Count; index++)
                    await WriteAsync(writer, $"{index}/layer.tar", layers[index], cancellationToken);
                await WriteAsync(writer, "manifest.json", new MemoryStream(Encoding.UTF8.GetBytes(manifest.ToJsonString())), cancellationToken);
            }
            archive.Position = 0;
            var progress = new LoadProgress();
            try
            {
                await docker.Images.LoadImageAsync(new ImageLoadParameters { Quiet = true }, archive, progress, cancellationToken);
            }
            catch (DockerApiException error)
            {
                throw new ImageBuildException($"Loading image {tags.FirstOrDefault() ?? configName} into the engine failed: {error.ApiMessage()}", error);
            }
            if (progress.Error is { } message)
                throw new ImageBuildException($"Loading image {tags.FirstOrDefault() ?? configName} into the engine failed: {message}");
        }
        return Digest(config);
    }

    /// <summary>A temporary file that is deleted when it is closed.</summary>
    public static FileStream TempFile() => new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
        81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);

    public static string Digest(byte[] bytes) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The config as compact JSON in its own member order: its bytes are the image ID's input.</summary>
    public static byte[] Serialize(JsonNode config) => Encoding.UTF8.GetBytes(config.ToJsonString(new JsonSerializerOptions { WriteIndented = false }));

    private static async Task WriteAsync(TarWriter writer, string name, Stream data, CancellationToken cancellationToken)
    {
        await writer.WriteEntryAsync(new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            DataStream = data, Mode = (UnixFileMode)0b110_100_100, ModificationTime = LayerArchive.FixedTime,
        }, cancellationToken);
    }

    private sealed class LoadProgress : IProgress<JSONMessage>
    {
        public string? Error { get; private set; }

        public void Report(JSONMessage value)
        {
            if ((value.Error?.Message ?? value.ErrorMessage) is { Length: > 0 } message) Error ??= message.ReplaceLineEndings(" ");
        }
    }
}
