using System.Buffers.Binary;
using System.Text;

namespace EcsGitOps.Delivery.Images;

/// <summary>The dynamic-linking facts of a 64-bit little-endian ELF file: its loader and the libraries it needs.</summary>
/// <remarks>Read from the file itself rather than by running ldd, so nothing on the host executes the binary.</remarks>
public sealed record ElfFile(string Path, ElfMachine Machine, string? Interpreter, IReadOnlyList<string> Needed, IReadOnlyList<string> RunPaths)
{
    private const uint PtLoad = 1, PtDynamic = 2, PtInterp = 3;
    private const long DtNull = 0, DtNeeded = 1, DtStrtab = 5, DtRpath = 15, DtRunpath = 29;

    public static bool IsElf(string path)
    {
        Span<byte> magic = stackalloc byte[4];
        using var file = File.OpenRead(path);
        return file.ReadAtLeast(magic, 4, throwOnEndOfStream: false) == 4 && magic.SequenceEqual("\u007fELF"u8);
    }

    public static ElfFile Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 64 || !bytes.AsSpan(0, 4).SequenceEqual("\u007fELF"u8) || bytes[4] != 2 || bytes[5] != 1)
            throw new ImageBuildException($"{path} is not a 64-bit little-endian ELF file: publish the app for linux-x64 or linux-arm64.");
        var segments = ReadSegments(bytes);
        var interpreter = segments.FirstOrDefault(s => s.Type == PtInterp) is { Type: PtInterp } interp
            ? CString(bytes, (long)interp.Offset)
            : null;
        var (needed, runPaths) = segments.FirstOrDefault(s => s.Type == PtDynamic) is { Type: PtDynamic } dynamic
            ? ReadDynamic(bytes, dynamic, segments)
            : ([], []);
        return new ElfFile(path, (ElfMachine)U16(bytes, 0x12), interpreter, needed, runPaths);
    }

    private static List<Segment> ReadSegments(byte[] bytes)
    {
        var offset = (long)U64(bytes, 0x20);
        var size = U16(bytes, 0x36);
        return [.. Enumerable.Range(0, U16(bytes, 0x38)).Select(i => offset + i * size).Select(at => new Segment(
            U32(bytes, at), U64(bytes, at + 8), U64(bytes, at + 16), U64(bytes, at + 32)))];
    }

    private static (List<string> Needed, List<string> RunPaths) ReadDynamic(byte[] bytes, Segment dynamic, List<Segment> segments)
    {
        var entries = new List<(long Tag, ulong Value)>();
        for (var at = (long)dynamic.Offset; at + 16 <= (long)(dynamic.Offset + dynamic.FileSize); at += 16)
        {
            var tag = (long)U64(bytes, at);
            if (tag == DtNull) break;
            entries.Add((tag, U64(bytes, at + 8)));
        }
        var strtab = FileOffset(entries.First(e => e.Tag == DtStrtab).Value, segments);
        string Name(ulong offset) => CString(bytes, strtab + (long)offset);
        return (
            [.. entries.Where(e => e.Tag == DtNeeded).Select(e => Name(e.Value))],
            [.. entries.Where(e => e.Tag is DtRunpath or DtRpath).SelectMany(e => Name(e.Value).Split(':'))]);
    }

    private static long FileOffset(ulong address, List<Segment> segments) =>
        segments.Where(s => s.Type == PtLoad && address >= s.Address && address < s.Address + s.FileSize)
            .Select(s => (long)(address - s.Address + s.Offset))
            .First();

    private static string CString(byte[] bytes, long offset) =>
        Encoding.UTF8.GetString(bytes.AsSpan((int)offset, bytes.AsSpan((int)offset).IndexOf((byte)0)));

    private static ushort U16(byte[] bytes, long at) => BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan((int)at));
    private static uint U32(byte[] bytes, long at) => BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan((int)at));
    private static ulong U64(byte[] bytes, long at) => BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan((int)at));

    private readonly record struct Segment(uint Type, ulong Offset, ulong Address, ulong FileSize);
}
