using System.Runtime.InteropServices;
using Docker.DotNet;
using System.Text.Json.Nodes;

namespace EcsGitOps.Delivery.Images;

/// <summary>Assembles a base image from this host's own files and loads it into the engine; nothing is pulled.</summary>
/// <remarks>The tag carries a hash of the content, so an unchanged base is found by name and reused; files are sorted,
/// stamped with one time and owned by root (LayerArchive), so the same host files give the same image ID.</remarks>
public sealed class LocalBaseImage(IDockerClient docker, Action<string> output, SharedLibraryResolver? resolver = null)
{
    private const UnixFileMode Readable = (UnixFileMode)0b110_100_100;
    private const UnixFileMode Traversable = (UnixFileMode)0b111_101_101;
    private const UnixFileMode WorldWritableSticky = (UnixFileMode)0b1_111_111_111;

    public async Task<BaseImage> EnsureAsync(BaseImageSpec spec, CancellationToken cancellationToken)
    {
        await using var archive = await LayerArchive.CreateAsync(Layout(spec, resolver), cancellationToken);
        var config = Config(spec, archive.Sha256);
        // The tag is the image ID's start: a base loaded by an earlier way of assembling it is not taken for this one.
        var tag = "local-" + DockerArchive.Digest(config)[7..19];
        var reference = $"{spec.Repository}:{tag}";
        if (await docker.TryInspectImageAsync(reference, cancellationToken) is { } existing)
        {
            output($"Base image {reference} is already in the engine: reused");
            return new BaseImage(reference, existing.ID, existing.Size, Reused: true);
        }

        output($"Loading base image {reference}: {archive.EntryCount} entries, {archive.Length / 1024} KiB");
        await DockerArchive.LoadAsync(docker, config, [archive.Stream], [reference], cancellationToken);
        var loaded = await docker.TryInspectImageAsync(reference, cancellationToken)
            ?? throw new ImageBuildException($"Loading base image {reference} finished but the engine does not list it: check the engine log.");
        return new BaseImage(reference, loaded.ID, loaded.Size, Reused: false);
    }

    /// <summary>
    /// The base's config, written here rather than by `docker import` (which stamps the clock): same files and settings,
    /// same bytes, same image ID on every machine of this architecture.
    /// </summary>
    internal static byte[] Config(BaseImageSpec spec, string layerSha256)
    {
        var runtime = new JsonObject();
        var env = new JsonArray();
        foreach (var change in spec.Changes)
        {
            var (instruction, argument) = change.Split(' ', 2) is [var first, var rest] ? (first, rest.Trim()) : (change, "");
            switch (instruction.ToUpperInvariant())
            {
                case "USER": runtime["User"] = argument; break;
                case "ENV" when argument.Contains('='): env.Add(argument); break;
                default: throw new ImageBuildException($"Base image change '{change}' is not supported: use USER or ENV name=value.");
            }
        }
        if (env.Count > 0) runtime["Env"] = env;
        var created = OciLabels.Timestamp(LayerArchive.FixedTime);
        var config = new JsonObject
        {
            ["architecture"] = RuntimeInformation.OSArchitecture switch { Architecture.Arm64 => "arm64", _ => "amd64" },
            ["os"] = "linux",
            ["created"] = created,
            ["config"] = runtime,
            ["rootfs"] = new JsonObject { ["type"] = "layers", ["diff_ids"] = new JsonArray("sha256:" + layerSha256) },
            ["history"] = new JsonArray(new JsonObject { ["created"] = created, ["created_by"] = "ecsgitops local base: " + spec.Repository }),
        };
        return DockerArchive.Serialize(config);
    }

    /// <summary>The entries of the base image, before they are written.</summary>
    public static IReadOnlyList<LayerEntry> Layout(BaseImageSpec spec, SharedLibraryResolver? resolver = null)
    {
        var uid = BaseImageSpec.NonRootUid;
        var libraries = (resolver ?? new SharedLibraryResolver()).Resolve(spec.Binaries);
        return
        [
            new TextFileEntry("etc/passwd", $"root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:{uid}:{uid}:nonroot:/home/nonroot:/sbin/nologin\n", Readable),
            new TextFileEntry("etc/group", $"root:x:0:\nnonroot:x:{uid}:\n", Readable),
            new DirectoryEntry("home/nonroot", Traversable, uid),
            new DirectoryEntry("tmp", WorldWritableSticky),
            .. libraries.Select(library => HostFile(library.ImagePath.TrimStart('/'), library.HostPath)),
            .. spec.Trees.SelectMany(TreeFiles),
            .. spec.Files,
        ];
    }

    private static IEnumerable<HostFileEntry> TreeFiles(HostTree tree) =>
        Directory.EnumerateFiles(tree.HostDirectory, "*", SearchOption.AllDirectories)
            .Where(path => !tree.Excluded.Contains(Path.GetFileName(path)))
            .Select(path => HostFile($"{tree.ImageDirectory}/{Path.GetRelativePath(tree.HostDirectory, path).Replace('\\', '/')}", path));

    private static HostFileEntry HostFile(string imagePath, string hostPath) =>
        new(imagePath, hostPath, HostFileMode.Of(hostPath));

}
