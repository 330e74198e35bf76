using System.Runtime.Versioning;
using EcsGitOps.Delivery.Images;
using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Images;

public sealed class BuildContextTests : IDisposable
{
    private readonly TempDirectory _context = new();

    public void Dispose() => _context.Dispose();

    [Fact]
    public void Files_excluded_by_dockerignore_are_not_sent()
    {
        _context.Write(".dockerignore", "src\n*.log\n");
        _context.Write("Dockerfile", "FROM scratch\n");
        _context.Write("publish/app", "binary");
        _context.Write("src/Program.cs", "code");
        _context.Write("build.log", "noise");

        var context = BuildContext.Collect(_context.Path, Path.Combine(_context.Path, "Dockerfile"));

        Assert.Equal([".dockerignore", "Dockerfile", "publish", "publish/app"], context.Entries.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal("Dockerfile", context.Dockerfile);
    }

    [Fact]
    public void The_dockerfile_and_dockerignore_are_sent_even_when_dockerignore_names_them()
    {
        _context.Write(".dockerignore", "**\n");
        _context.Write("docker/Dockerfile", "FROM scratch\n");

        var context = BuildContext.Collect(_context.Path, Path.Combine(_context.Path, "docker", "Dockerfile"));

        Assert.Equal([".dockerignore", "docker/Dockerfile"], context.Entries.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.Equal("docker/Dockerfile", context.Dockerfile);
    }

    [Fact]
    public void A_dockerfile_outside_the_context_is_sent_under_a_reserved_name()
    {
        using var elsewhere = new TempDirectory();
        var dockerfile = elsewhere.Write("Dockerfile", "FROM scratch\n");
        _context.Write("data.txt", "x");

        var context = BuildContext.Collect(_context.Path, dockerfile);

        Assert.Equal(BuildContext.OutsideDockerfile, context.Dockerfile);
        Assert.Contains(context.Entries, e => e is HostFileEntry { Path: BuildContext.OutsideDockerfile } file && file.HostPath == dockerfile);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void Executable_bits_of_context_files_are_kept()
    {
        var script = _context.Write("publish/app", "#!");
        File.SetUnixFileMode(script, (UnixFileMode)0b111_101_101);
        _context.Write("Dockerfile", "FROM scratch\n");

        var context = BuildContext.Collect(_context.Path, Path.Combine(_context.Path, "Dockerfile"));

        Assert.Equal((UnixFileMode)0b111_101_101, Assert.IsType<HostFileEntry>(context.Entries.Single(e => e.Path == "publish/app")).Mode);
    }

    [Fact]
    public void Symbolic_links_are_sent_as_links_not_as_the_files_they_point_to()
    {
        _context.Write("Dockerfile", "FROM scratch\n");
        _context.Write("real.txt", "content");
        File.CreateSymbolicLink(Path.Combine(_context.Path, "alias.txt"), "real.txt");

        var context = BuildContext.Collect(_context.Path, Path.Combine(_context.Path, "Dockerfile"));

        Assert.Equal("real.txt", Assert.IsType<SymlinkEntry>(context.Entries.Single(e => e.Path == "alias.txt")).Target);
    }
}
