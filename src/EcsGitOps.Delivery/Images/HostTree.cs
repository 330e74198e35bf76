namespace EcsGitOps.Delivery.Images;

/// <summary>A host directory copied whole into an image, minus files named in Excluded.</summary>
public sealed record HostTree(string HostDirectory, string ImageDirectory, IReadOnlyList<string> Excluded);
