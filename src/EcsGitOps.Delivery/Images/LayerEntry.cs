namespace EcsGitOps.Delivery.Images;

/// <summary>One entry of an image filesystem or build context; Path is relative, '/'-separated.</summary>
public abstract record LayerEntry(string Path, int Owner = 0);

public sealed record DirectoryEntry(string Path, UnixFileMode Mode, int Owner = 0) : LayerEntry(Path, Owner);

public sealed record HostFileEntry(string Path, string HostPath, UnixFileMode Mode) : LayerEntry(Path);

public sealed record TextFileEntry(string Path, string Text, UnixFileMode Mode) : LayerEntry(Path);

public sealed record SymlinkEntry(string Path, string Target) : LayerEntry(Path);
