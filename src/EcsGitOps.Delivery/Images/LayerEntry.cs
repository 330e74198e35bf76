namespace EcsGitOps.Delivery.Images;

/// <summary>One entry of an image filesystem or build context; Path is relative, '/'-separated.</summary>
public abstract record LayerEntry(string Path, int Owner = 0);
