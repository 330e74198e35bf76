using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace EcsGitOps.Build.Caching;

internal static class ContentHash
{
    public static string Of(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>Hash of the relative paths and contents of the files the globs match; a leading ! excludes.</summary>
    public static string OfGlobs(string root, IEnumerable<string> globs)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        // The cache files themselves live there; matching them would make every run a miss.
        matcher.AddExclude(".nuke/temp/**");
        foreach (var glob in globs)
            if (glob.StartsWith('!')) matcher.AddExclude(glob[1..]);
            else matcher.AddInclude(glob);
        return OfFiles(root, matcher.GetResultsInFullPath(root));
    }

    /// <summary>Hash of files and folders; null when one of them does not exist.</summary>
    public static string? OfPaths(string root, IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths.Select(p => Path.GetFullPath(p, root)))
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path)) files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories));
            else return null;
        return OfFiles(root, files);
    }

    static string OfFiles(string root, IEnumerable<string> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files.Select(f => Path.GetRelativePath(root, f).Replace('\\', '/')).Distinct().Order(StringComparer.Ordinal))
        {
            hash.AppendData(Encoding.UTF8.GetBytes(file + "\n"));
            hash.AppendData(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, file))));
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
