namespace EcsGitOps.Delivery.Images;

/// <summary>Finds every host library a set of ELF binaries loads at start-up, following each library's own needs.</summary>
/// <remarks>
/// Libraries that sit next to the binary needing them (or in its $ORIGIN run path) are part of what is copied anyway,
/// so only system libraries are returned. Libraries opened later with dlopen (OpenSSL, ICU) are not found this way;
/// the sample service needs neither (invariant globalization, no outbound TLS).
/// </remarks>
public sealed class SharedLibraryResolver(IReadOnlyList<string>? searchDirectories = null)
{
    public IReadOnlyList<SharedLibrary> Resolve(IEnumerable<string> binaries)
    {
        var found = new SortedDictionary<string, SharedLibrary>(StringComparer.Ordinal);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(binaries);
        while (pending.TryDequeue(out var path))
        {
            if (!visited.Add(path)) continue;
            var elf = ElfFile.Read(path);
            if (elf.Interpreter is { } interpreter && found.TryAdd(interpreter, new SharedLibrary(interpreter, interpreter)))
                pending.Enqueue(interpreter);
            foreach (var name in elf.Needed.Where(name => !IsBundled(elf, name)))
            {
                var library = Find(elf, name);
                if (found.TryAdd(library, new SharedLibrary(library, library)))
                    pending.Enqueue(library);
            }
        }
        return [.. found.Values];
    }

    public static IReadOnlyList<string> DefaultDirectories(ElfMachine machine)
    {
        var triplet = machine == ElfMachine.Arm64 ? "aarch64-linux-gnu" : "x86_64-linux-gnu";
        return [$"/lib/{triplet}", $"/usr/lib/{triplet}", "/lib64", "/usr/lib64", "/lib", "/usr/lib"];
    }

    private static bool IsBundled(ElfFile elf, string name)
    {
        var origin = Path.GetDirectoryName(elf.Path)!;
        return File.Exists(Path.Combine(origin, name))
            || elf.RunPaths.Any(runPath => runPath.StartsWith("$ORIGIN", StringComparison.Ordinal)
                && File.Exists(Path.Combine(runPath.Replace("$ORIGIN", origin, StringComparison.Ordinal), name)));
    }

    private string Find(ElfFile elf, string name)
    {
        if (name.Contains('/'))
            return File.Exists(name) ? name : throw Missing(elf, name, [name]);
        var directories = searchDirectories ?? DefaultDirectories(elf.Machine);
        return directories.Select(directory => Path.Combine(directory, name)).FirstOrDefault(File.Exists)
            ?? throw Missing(elf, name, directories);
    }

    private static ImageBuildException Missing(ElfFile elf, string name, IEnumerable<string> directories) =>
        new($"Library {name} needed by {elf.Path} was not found in {string.Join(", ", directories)}: install it on this host or choose a base image that has it.");
}
