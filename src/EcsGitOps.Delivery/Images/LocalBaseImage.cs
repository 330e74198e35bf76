using System.Security.Cryptography;
using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace EcsGitOps.Delivery.Images;

/// <summary>Assembles a base image from this host's own files and imports it into the engine; nothing is pulled.</summary>
/// <remarks>The tag carries a hash of the content, so an unchanged base is found by name and reused.</remarks>
public sealed class LocalBaseImage(IDockerClient docker, Action<string> output, SharedLibraryResolver? resolver = null)
{
    private const UnixFileMode Readable = (UnixFileMode)0b110_100_100;
    private const UnixFileMode Traversable = (UnixFileMode)0b111_101_101;
    private const UnixFileMode WorldWritableSticky = (UnixFileMode)0b1_111_111_111;

    public async Task<BaseImage> EnsureAsync(BaseImageSpec spec, CancellationToken cancellationToken)
    {
        await using var archive = await LayerArchive.CreateAsync(Layout(spec, resolver), cancellationToken);
        var tag = "local-" + Hash(archive.Sha256, spec.Changes);
        var reference = $"{spec.Repository}:{tag}";
        if (await docker.TryInspectImageAsync(reference, cancellationToken) is { } existing)
        {
            output($"Base image {reference} is already in the engine: reused");
            return new BaseImage(reference, existing.ID, existing.Size, Reused: true);
        }

        output($"Importing base image {reference}: {archive.EntryCount} entries, {archive.Length / 1024} KiB");
        var parameters = new ImagesCreateParameters { FromSrc = "-", Repo = spec.Repository, Tag = tag, Changes = [.. spec.Changes] };
        await docker.Images.CreateImageAsync(parameters, archive.Stream, new AuthConfig(), new ImportProgress(reference), cancellationToken);
        var imported = await docker.TryInspectImageAsync(reference, cancellationToken)
            ?? throw new ImageBuildException($"Importing base image {reference} finished but the engine does not list it: check the engine log.");
        return new BaseImage(reference, imported.ID, imported.Size, Reused: false);
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

    private static string Hash(string archiveSha256, IEnumerable<string> changes) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', [archiveSha256, .. changes]))))[..12];

    private sealed class ImportProgress(string reference) : IProgress<JSONMessage>
    {
        public void Report(JSONMessage value)
        {
            if (value.Error is { Message: { Length: > 0 } message })
                throw new ImageBuildException($"Importing base image {reference} failed: {message.ReplaceLineEndings(" ")}");
        }
    }
}
