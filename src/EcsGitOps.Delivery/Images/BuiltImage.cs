namespace EcsGitOps.Delivery.Images;

/// <summary>The result of DockerBuild; Reused when an image with the same context hash was already in the engine.</summary>
/// <param name="Created">The image's <c>created</c> time and label, from the source date, never the clock.</param>
public sealed record BuiltImage(string ImageId, IReadOnlyList<string> Tags, string ContextHash, long Size, bool Reused, string? BaseImage, string Created);
