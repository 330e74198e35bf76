using System.Formats.Tar;
using System.Security.Cryptography;
using System.Text;

namespace EcsGitOps.Delivery.Images;

/// <summary>A tar of layer entries in a temporary file, with the SHA-256 of its bytes.</summary>
/// <remarks>
/// Entries are sorted, owned by root unless stated, and stamped with one fixed time, so the same content always gives
/// the same bytes and the same hash: that hash is what decides whether an image can be reused.
/// Host files with the same real path are written once and hard-linked after, as the loader is often reachable
/// both at /lib64 and at its multiarch path.
/// </remarks>
public sealed class LayerArchive : IAsyncDisposable
{
    /// <summary>The modification time of every entry: content alone decides the bytes.</summary>
    public static readonly DateTimeOffset FixedTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private LayerArchive(FileStream stream, string sha256, int entryCount)
    {
        Stream = stream;
        Sha256 = sha256;
        EntryCount = entryCount;
    }

    public FileStream Stream { get; }
    public string Sha256 { get; }
    public int EntryCount { get; }
    public long Length => Stream.Length;

    public static async Task<LayerArchive> CreateAsync(IEnumerable<LayerEntry> entries, CancellationToken cancellationToken)
    {
        var sorted = WithParentDirectories(entries);
        var stream = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            81920, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await using (var writer = new TarWriter(stream, TarEntryFormat.Gnu, leaveOpen: true))
            {
                var written = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var entry in sorted)
                    await WriteAsync(writer, entry, written, cancellationToken);
            }
            stream.Position = 0;
            var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            stream.Position = 0;
            return new LayerArchive(stream, hash, sorted.Count);
        }
        catch
        {
            await stream.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => Stream.DisposeAsync();

    private static List<LayerEntry> WithParentDirectories(IEnumerable<LayerEntry> entries)
    {
        var byPath = new SortedDictionary<string, LayerEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
            byPath[entry.Path] = entry;
        foreach (var path in byPath.Keys.ToList())
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                byPath.TryAdd(path[..slash], new DirectoryEntry(path[..slash], (UnixFileMode)0b111_101_101));
        return [.. byPath.Values];
    }

    private static async Task WriteAsync(TarWriter writer, LayerEntry entry, Dictionary<string, string> written, CancellationToken cancellationToken)
    {
        switch (entry)
        {
            case HostFileEntry file when written.TryGetValue(RealPath(file.HostPath), out var first):
                // Extracting a hard link applies its mode to the shared inode, so it must carry the file's own mode.
                await writer.WriteEntryAsync(Stamp(new GnuTarEntry(TarEntryType.HardLink, file.Path) { LinkName = first, Mode = file.Mode }, entry), cancellationToken);
                break;
            case HostFileEntry file:
                written[RealPath(file.HostPath)] = file.Path;
                await using (var data = File.OpenRead(file.HostPath))
                    await writer.WriteEntryAsync(Stamp(new GnuTarEntry(TarEntryType.RegularFile, file.Path) { DataStream = data, Mode = file.Mode }, entry), cancellationToken);
                break;
            case TextFileEntry text:
                using (var data = new MemoryStream(Encoding.UTF8.GetBytes(text.Text)))
                    await writer.WriteEntryAsync(Stamp(new GnuTarEntry(TarEntryType.RegularFile, text.Path) { DataStream = data, Mode = text.Mode }, entry), cancellationToken);
                break;
            case DirectoryEntry directory:
                await writer.WriteEntryAsync(Stamp(new GnuTarEntry(TarEntryType.Directory, directory.Path + "/") { Mode = directory.Mode }, entry), cancellationToken);
                break;
            case SymlinkEntry link:
                await writer.WriteEntryAsync(Stamp(new GnuTarEntry(TarEntryType.SymbolicLink, link.Path) { LinkName = link.Target }, entry), cancellationToken);
                break;
        }
    }

    internal static GnuTarEntry Stamp(GnuTarEntry tar, LayerEntry entry) => Stamp(tar, entry.Owner, entry.Owner);

    /// <summary>GNU format, not PAX: .NET names each PAX extended header after the process ID, which would change the bytes on every run.</summary>
    internal static GnuTarEntry Stamp(GnuTarEntry tar, int uid, int gid)
    {
        tar.ModificationTime = tar.AccessTime = tar.ChangeTime = FixedTime;
        (tar.Uid, tar.Gid) = (uid, gid);
        tar.UserName = tar.GroupName = "";
        return tar;
    }

    private static string RealPath(string path) =>
        new FileInfo(path).ResolveLinkTarget(returnFinalTarget: true)?.FullName is { } target
            ? Path.Combine(RealDirectory(Path.GetDirectoryName(target)!), Path.GetFileName(target))
            : Path.Combine(RealDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!), Path.GetFileName(path));

    // /lib is a link to /usr/lib on merged-/usr systems: resolve directories too, or the same file looks like two.
    private static string RealDirectory(string directory)
    {
        var parent = Path.GetDirectoryName(directory);
        var resolvedParent = parent is null ? directory : Path.Combine(RealDirectory(parent), Path.GetFileName(directory));
        return new DirectoryInfo(resolvedParent).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? resolvedParent;
    }
}
