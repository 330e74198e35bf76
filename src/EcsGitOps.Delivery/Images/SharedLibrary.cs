namespace EcsGitOps.Delivery.Images;

/// <summary>A host library placed in an image at the path the dynamic loader looks for it.</summary>
public sealed record SharedLibrary(string ImagePath, string HostPath);
