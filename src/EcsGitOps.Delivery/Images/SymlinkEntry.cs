namespace EcsGitOps.Delivery.Images;

public sealed record SymlinkEntry(string Path, string Target) : LayerEntry(Path);
