namespace EcsGitOps.Delivery.Images;

public sealed record TextFileEntry(string Path, string Text, UnixFileMode Mode) : LayerEntry(Path);
