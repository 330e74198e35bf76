namespace EcsGitOps.Delivery.Images;

/// <summary>The files sent to the engine for a build: the context directory minus what .dockerignore excludes.</summary>
/// <param name="Dockerfile">The Dockerfile's path inside the context, as the build request names it.</param>
public sealed record BuildContext(IReadOnlyList<LayerEntry> Entries, string Dockerfile)
{
    /// <summary>Where a Dockerfile from outside the context directory is placed inside it.</summary>
    public const string OutsideDockerfile = ".ecsgitops.Dockerfile";

    public static BuildContext Collect(string contextDirectory, string dockerfile)
    {
        var root = Path.GetFullPath(contextDirectory);
        var ignore = DockerIgnore.Load(root);
        var entries = new List<LayerEntry>();
        Walk(root, "", ignore, entries);

        // Like the Docker CLI, the Dockerfile and .dockerignore are sent even when .dockerignore names them.
        var inside = Path.GetRelativePath(root, Path.GetFullPath(dockerfile)).Replace('\\', '/');
        var dockerfileEntry = inside.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(inside)
            ? new HostFileEntry(OutsideDockerfile, dockerfile, (UnixFileMode)0b110_100_100)
            : new HostFileEntry(inside, dockerfile, HostFileMode.Of(dockerfile));
        entries.RemoveAll(entry => entry.Path == dockerfileEntry.Path);
        entries.Add(dockerfileEntry);
        if (File.Exists(Path.Combine(root, ".dockerignore")) && entries.All(entry => entry.Path != ".dockerignore"))
            entries.Add(new HostFileEntry(".dockerignore", Path.Combine(root, ".dockerignore"), HostFileMode.Of(Path.Combine(root, ".dockerignore"))));
        return new BuildContext(entries, dockerfileEntry.Path);
    }

    private static void Walk(string directory, string prefix, DockerIgnore ignore, List<LayerEntry> entries)
    {
        foreach (var info in new DirectoryInfo(directory).EnumerateFileSystemInfos().OrderBy(info => info.Name, StringComparer.Ordinal))
        {
            var path = prefix + info.Name;
            var excluded = ignore.IsExcluded(path);
            if (info.LinkTarget is { } target)
            {
                if (!excluded) entries.Add(new SymlinkEntry(path, target));
            }
            else if (info is DirectoryInfo)
            {
                if (excluded && !ignore.HasExceptions) continue;
                if (!excluded) entries.Add(new DirectoryEntry(path, HostFileMode.Of(info.FullName)));
                Walk(info.FullName, path + "/", ignore, entries);
            }
            else if (!excluded)
                entries.Add(new HostFileEntry(path, info.FullName, HostFileMode.Of(info.FullName)));
        }
    }
}
