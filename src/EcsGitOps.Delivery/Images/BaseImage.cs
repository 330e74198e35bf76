namespace EcsGitOps.Delivery.Images;

/// <summary>A base image present in the engine; Reused when an identical one was already there.</summary>
public sealed record BaseImage(string Reference, string ImageId, long Size, bool Reused);
