namespace EcsGitOps.Delivery.Images;

public sealed record DirectoryEntry(string Path, UnixFileMode Mode, int Owner = 0) : LayerEntry(Path, Owner);
