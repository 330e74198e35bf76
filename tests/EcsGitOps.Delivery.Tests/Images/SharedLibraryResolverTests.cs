using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

/// <summary>Runs against this machine's own .NET host binary, a real dynamically linked ELF file.</summary>
public sealed class SharedLibraryResolverTests
{
    private static readonly string DotnetHost = Path.Combine(DotnetInstall.Root, "dotnet");

    [Fact]
    public void Reads_the_loader_and_the_needed_libraries_from_the_elf_file()
    {
        var elf = ElfFile.Read(DotnetHost);

        Assert.Equal(ElfMachine.X64, elf.Machine);
        Assert.Equal("/lib64/ld-linux-x86-64.so.2", elf.Interpreter);
        Assert.Contains("libc.so.6", elf.Needed);
        Assert.Contains("libstdc++.so.6", elf.Needed);
    }

    [Fact]
    public void Resolves_every_system_library_including_those_the_libraries_need()
    {
        var libraries = new SharedLibraryResolver().Resolve([DotnetHost]);

        var names = libraries.Select(library => Path.GetFileName(library.ImagePath)).ToHashSet();
        Assert.Superset(new HashSet<string> { "ld-linux-x86-64.so.2", "libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1" }, names);
        Assert.Contains(libraries, library => library.ImagePath == "/lib64/ld-linux-x86-64.so.2");
        Assert.All(libraries, library => Assert.True(File.Exists(library.HostPath), library.HostPath));
    }

    [Fact]
    public void A_library_found_nowhere_fails_naming_the_library_the_binary_and_where_it_looked()
    {
        using var empty = new TempDirectory();

        var error = Assert.Throws<ImageBuildException>(() => new SharedLibraryResolver([empty.Path]).Resolve([DotnetHost]));

        Assert.StartsWith($"Library libdl.so.2 needed by {DotnetHost} was not found in {empty.Path}: ", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_elf_is_refused_with_its_path()
    {
        using var directory = new TempDirectory();
        var script = directory.Write("app.sh", "#!/bin/sh\necho hi\n");

        var error = Assert.Throws<ImageBuildException>(() => ElfFile.Read(script));

        Assert.Equal($"{script} is not a 64-bit little-endian ELF file: publish the app for linux-x64 or linux-arm64.", error.Message);
        Assert.False(ElfFile.IsElf(script));
        Assert.True(ElfFile.IsElf(DotnetHost));
    }
}
