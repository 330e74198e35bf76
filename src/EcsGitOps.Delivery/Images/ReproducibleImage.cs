using System.Formats.Tar;
using System.Text.Json.Nodes;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Images;

/// <summary>
/// Rewrites an image the engine built so that its ID depends only on its content and parameters: same sources, same
/// parameters and base give the same image ID on any machine, as ko and Jib give.
/// </summary>
/// <remarks>
/// A build through the engine API stamps what it writes with the clock and its own ids: directory mtimes in the layers,
/// <c>created</c> and history times, the parent image in <c>config.Image</c>, the build container in <c>container</c>
/// and <c>container_config</c>, and labels (a Go map) in a random order of history steps. Rewriting the built image
/// (`docker save`, then these fields fixed, then `docker load`) keeps every Dockerfile working and leaves the engine to
/// do the build; assembling the image without the engine would mean reimplementing the Dockerfile.
/// The base image's layers are kept byte for byte, so the registry can share them with the base.
/// </remarks>
internal sealed class ReproducibleImage(IDockerClient docker)
{
    /// <summary>Replaces the built image by its reproducible form under the same tags; returns the new image ID.</summary>
    /// <param name="baseLayers">How many of the image's first layers belong to its base and are kept as they are.</param>
    public async Task<string> RewriteAsync(string builtId, IReadOnlyList<string> tags, int baseLayers, DateTimeOffset created, CancellationToken cancellationToken)
    {
        using var saved = new SavedImage();
        // Spooled to a file first: the engine's chunked response does not take the tar reader's short reads well.
        await using (var spool = DockerArchive.TempFile())
        {
            await using (var stream = await docker.Images.SaveImageAsync(builtId, cancellationToken))
                await stream.CopyToAsync(spool, cancellationToken);
            spool.Position = 0;
            await saved.ReadAsync(spool, cancellationToken);
        }
        var manifest = saved.Json("manifest.json")[0]!;
        var config = saved.Json(manifest["Config"]!.GetValue<string>()).AsObject();
        var layerNames = manifest["Layers"]!.AsArray().Select(layer => layer!.GetValue<string>()).ToList();

        var layers = new List<Stream>();
        try
        {
            var diffIds = new JsonArray();
            for (var index = 0; index < layerNames.Count; index++)
            {
                var layer = index < baseLayers ? saved.Open(layerNames[index]) : await NormalisedAsync(saved.Open(layerNames[index]), cancellationToken);
                layers.Add(layer);
                diffIds.Add(await LayerDigestAsync(layer, cancellationToken));
            }
            Normalise(config, diffIds, created);
            var imageId = await DockerArchive.LoadAsync(docker, DockerArchive.Serialize(config), layers, tags, cancellationToken);
            if (imageId != builtId) await RemoveAsync(builtId, cancellationToken);
            return imageId;
        }
        finally
        {
            foreach (var layer in layers) await layer.DisposeAsync();
        }
    }

    /// <summary>The fields the engine fills from its clock or its own ids are fixed or dropped; the rest is kept in its order.</summary>
    internal static void Normalise(JsonObject config, JsonArray diffIds, DateTimeOffset created)
    {
        var time = OciLabels.Timestamp(created);
        config["created"] = time;
        config.Remove("container");
        config.Remove("container_config");
        config.Remove("docker_version");
        if (config["config"] is JsonObject runtime)
        {
            runtime.Remove("Image");
            runtime["Hostname"] = "";
        }
        config["rootfs"] = new JsonObject { ["type"] = "layers", ["diff_ids"] = diffIds };
        if (config["history"] is JsonArray history)
        {
            var steps = history.Select(step => step!.AsObject()).ToList();
            foreach (var step in steps) step["created"] = time;
            // The engine adds one LABEL step per label, in Go's random map order, after the Dockerfile's own steps.
            var labels = steps.AsEnumerable().Reverse().TakeWhile(IsLabelStep).Reverse().ToList();
            history.Clear();
            foreach (var step in steps.Take(steps.Count - labels.Count).Concat(labels.OrderBy(step => step["created_by"]!.GetValue<string>(), StringComparer.Ordinal)))
                history.Add(step);
        }
    }

    private static bool IsLabelStep(JsonObject step) =>
        step["empty_layer"]?.GetValue<bool>() == true && step["created_by"]?.GetValue<string>() is { } by && by.Contains("#(nop)  LABEL ", StringComparison.Ordinal);

    /// <summary>The layer with every entry's time fixed and owners by number only; content, modes and links kept.</summary>
    /// <remarks>Written in GNU format like <see cref="LayerArchive"/>, which has no place for extended attributes: a layer's
    /// xattrs (file capabilities, say) are dropped. The sample app's layers have none.</remarks>
    private static async Task<Stream> NormalisedAsync(Stream source, CancellationToken cancellationToken)
    {
        var target = DockerArchive.TempFile();
        await using (source)
        {
            var reader = new TarReader(source);
            await using var writer = new TarWriter(target, TarEntryFormat.Gnu, leaveOpen: true);
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                var type = entry.EntryType is TarEntryType.V7RegularFile or TarEntryType.ContiguousFile ? TarEntryType.RegularFile : entry.EntryType;
                var copy = LayerArchive.Stamp(new GnuTarEntry(type, entry.Name) { Mode = entry.Mode }, entry.Uid, entry.Gid);
                if (type == TarEntryType.RegularFile) copy.DataStream = entry.DataStream;
                if (type is TarEntryType.SymbolicLink or TarEntryType.HardLink) copy.LinkName = entry.LinkName;
                if (type is TarEntryType.CharacterDevice or TarEntryType.BlockDevice && entry is PosixTarEntry device)
                    (copy.DeviceMajor, copy.DeviceMinor) = (device.DeviceMajor, device.DeviceMinor);
                await writer.WriteEntryAsync(copy, cancellationToken);
            }
        }
        target.Position = 0;
        return target;
    }

    private static async Task<JsonNode> LayerDigestAsync(Stream layer, CancellationToken cancellationToken)
    {
        var start = layer.Position;
        var digest = "sha256:" + Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(layer, cancellationToken));
        layer.Position = start;
        return digest;
    }

    /// <summary>The build's own image goes once its tags have moved; one still in use by a container stays, untagged.</summary>
    private async Task RemoveAsync(string imageId, CancellationToken cancellationToken)
    {
        try
        {
            await docker.Images.DeleteImageAsync(imageId, new ImageDeleteParameters(), cancellationToken);
        }
        catch (DockerApiException)
        {
            // In use or already gone: it no longer carries the tags, so nothing acts on it.
        }
    }

    /// <summary>The files of a `docker save` archive in a temporary folder; links (a layer saved twice) resolved.</summary>
    private sealed class SavedImage : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("ecsgitops-save-").FullName;
        private readonly Dictionary<string, string> _files = new(StringComparer.Ordinal);

        public async Task ReadAsync(Stream stream, CancellationToken cancellationToken)
        {
            var reader = new TarReader(stream);
            var links = new List<(string Name, string Target)>();
            while (await reader.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
            {
                var name = entry.Name.TrimStart('.', '/');
                if (entry.EntryType == TarEntryType.SymbolicLink)
                    links.Add((name, Path.GetRelativePath(".", Path.Combine(Path.GetDirectoryName(name) ?? "", entry.LinkName)).Replace('\\', '/')));
                else if (entry.DataStream is { } data)
                {
                    var path = Path.Combine(_folder, _files.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
                    await using (var file = File.Create(path)) await data.CopyToAsync(file, cancellationToken);
                    _files[name] = path;
                }
            }
            foreach (var (name, target) in links)
                if (_files.TryGetValue(target, out var path)) _files[name] = path;
        }

        public Stream Open(string name) => File.OpenRead(PathOf(name));

        public JsonNode Json(string name) => JsonNode.Parse(File.ReadAllText(PathOf(name)))
            ?? throw new ImageBuildException($"docker save wrote an empty {name}: check the engine log.");

        private string PathOf(string name) => _files.TryGetValue(name, out var path) ? path
            : throw new ImageBuildException($"docker save wrote no {name}: check the engine version (API 1.41 or later).");

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
