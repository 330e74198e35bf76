namespace EcsGitOps.Delivery.Images;

/// <summary>What a locally assembled base image holds: the system libraries Binaries load, whole Trees, single Files,
/// and the settings applied on import.</summary>
/// <param name="Changes">Dockerfile instructions applied on import (USER, ENV), as `docker import --change` takes them.</param>
public sealed record BaseImageSpec(
    string Repository,
    IReadOnlyList<string> Binaries,
    IReadOnlyList<HostTree> Trees,
    IReadOnlyList<HostFileEntry> Files,
    IReadOnlyList<string> Changes)
{
    public const int NonRootUid = 65532;

    /// <summary>The glibc files a Native AOT executable loads; the executable itself is not included.</summary>
    public static BaseImageSpec ForNativeAot(string executable) =>
        new("ecsgitops/base", [executable], [], [], [$"USER {NonRootUid}:{NonRootUid}"]);

    /// <summary>The ASP.NET Core shared framework of a local .NET install, for framework-dependent apps.</summary>
    /// <remarks>The LTTng trace provider is left out: it needs liblttng-ust, which the runtime treats as optional.</remarks>
    public static BaseImageSpec ForAspNetRuntime(string dotnetRoot)
    {
        const string imageRoot = "usr/share/dotnet";
        string[] excluded = ["libcoreclrtraceptprovider.so"];
        HostTree Newest(string relative) => Directory.GetDirectories(Path.Combine(dotnetRoot, relative))
            .Select(path => new HostTree(path, $"{imageRoot}/{relative}/{Path.GetFileName(path)}", excluded))
            .MaxBy(tree => Version.TryParse(Path.GetFileName(tree.HostDirectory).Split('-')[0], out var version) ? version : new Version())
            ?? throw new ImageBuildException($"No {relative} found under {dotnetRoot}: install the ASP.NET Core runtime there or choose another base image.");
        HostTree[] trees = [Newest("host/fxr"), Newest("shared/Microsoft.NETCore.App"), Newest("shared/Microsoft.AspNetCore.App")];
        var host = new HostFileEntry($"{imageRoot}/dotnet", Path.Combine(dotnetRoot, "dotnet"), (UnixFileMode)0b111_101_101);
        var libraries = trees.SelectMany(tree => Directory.EnumerateFiles(tree.HostDirectory, "*.so")
            .Where(path => !excluded.Contains(Path.GetFileName(path))));
        return new("ecsgitops/aspnet-base", [host.HostPath, .. libraries.Order(StringComparer.Ordinal)], trees, [host],
            [$"USER {NonRootUid}:{NonRootUid}", $"ENV DOTNET_ROOT=/{imageRoot}", $"ENV PATH=/{imageRoot}:/usr/bin:/bin"]);
    }
}
