using System.Formats.Tar;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

public sealed class LayerArchiveTests : IDisposable
{
    private readonly TempDirectory _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task The_same_entries_give_the_same_bytes_and_hash_whenever_they_are_written()
    {
        var file = _host.Write("lib/libx.so", "elf");
        LayerEntry[] entries = [new HostFileEntry("usr/lib/libx.so", file, (UnixFileMode)0b111_101_101), new TextFileEntry("etc/passwd", "root:x:0:0::/:/sbin/nologin\n", (UnixFileMode)0b110_100_100)];

        await using var first = await LayerArchive.CreateAsync(entries, CancellationToken.None);
        File.SetLastWriteTimeUtc(file, new DateTime(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc));
        await using var second = await LayerArchive.CreateAsync(Enumerable.Reverse(entries), CancellationToken.None);

        Assert.Equal(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task Different_content_gives_a_different_hash()
    {
        await using var first = await LayerArchive.CreateAsync([new TextFileEntry("a.txt", "one", (UnixFileMode)0b110_100_100)], CancellationToken.None);
        await using var second = await LayerArchive.CreateAsync([new TextFileEntry("a.txt", "two", (UnixFileMode)0b110_100_100)], CancellationToken.None);

        Assert.NotEqual(first.Sha256, second.Sha256);
    }

    [Fact]
    public async Task Parent_directories_come_first_and_the_same_host_file_twice_becomes_a_hard_link()
    {
        var real = _host.Write("real/ld.so", "loader");
        var link = Path.Combine(_host.Path, "ld-link.so");
        File.CreateSymbolicLink(link, real);

        var entries = await ReadAsync([
            new HostFileEntry("lib64/ld.so", link, (UnixFileMode)0b111_101_101),
            new HostFileEntry("lib/x86_64-linux-gnu/ld.so", real, (UnixFileMode)0b111_101_101),
            new DirectoryEntry("home/nonroot", (UnixFileMode)0b111_101_101, Owner: 65532),
        ]);

        Assert.Equal(["home/", "home/nonroot/", "lib/", "lib/x86_64-linux-gnu/", "lib/x86_64-linux-gnu/ld.so", "lib64/", "lib64/ld.so"], entries.Select(e => e.Name));
        Assert.Equal(TarEntryType.RegularFile, entries.Single(e => e.Name == "lib/x86_64-linux-gnu/ld.so").EntryType);
        var hardLink = entries.Single(e => e.Name == "lib64/ld.so");
        Assert.Equal((TarEntryType.HardLink, "lib/x86_64-linux-gnu/ld.so"), (hardLink.EntryType, hardLink.LinkName));
        Assert.Equal((UnixFileMode)0b111_101_101, hardLink.Mode);
        Assert.Equal(65532, entries.Single(e => e.Name == "home/nonroot/").Uid);
        Assert.All(entries.Where(e => e.Name != "home/nonroot/"), e => Assert.Equal((0, 0), (e.Uid, e.Gid)));
    }

    private static async Task<List<TarEntry>> ReadAsync(IEnumerable<LayerEntry> layer)
    {
        await using var archive = await LayerArchive.CreateAsync(layer, CancellationToken.None);
        var entries = new List<TarEntry>();
        await using var reader = new TarReader(archive.Stream, leaveOpen: true);
        while (await reader.GetNextEntryAsync() is { } entry)
            entries.Add(entry);
        return entries;
    }

    [Fact]
    public async Task Entries_are_written_without_extended_headers_whose_names_would_hold_the_process_id()
    {
        await using var archive = await LayerArchive.CreateAsync([new TextFileEntry("a/" + new string('n', 120) + ".txt", "one", (UnixFileMode)0b110_100_100)], CancellationToken.None);

        var bytes = new MemoryStream();
        await archive.Stream.CopyToAsync(bytes);
        bytes.Position = 0;
        var reader = new System.Formats.Tar.TarReader(bytes);
        var entries = new List<System.Formats.Tar.TarEntry>();
        while (reader.GetNextEntry() is { } entry) entries.Add(entry);

        Assert.All(entries, entry => Assert.IsType<System.Formats.Tar.GnuTarEntry>(entry));
        Assert.Contains(entries, entry => entry.Name.EndsWith(new string('n', 120) + ".txt", StringComparison.Ordinal));
        Assert.DoesNotContain(System.Text.Encoding.ASCII.GetString(bytes.ToArray()), "PaxHeaders", StringComparison.Ordinal);
    }
}
