namespace EcsGitOps.Delivery.Images;

/// <summary>A file copied from this machine; links are followed, so the image gets the content, not the link.</summary>
public sealed record HostFileEntry(string Path, string HostPath, UnixFileMode Mode) : LayerEntry(Path);
