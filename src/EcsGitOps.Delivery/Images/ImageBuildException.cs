namespace EcsGitOps.Delivery.Images;

/// <summary>A DockerBuild failure a user can act on; the message is one line saying what failed and what to do.</summary>
public sealed class ImageBuildException(string message, Exception? inner = null) : Exception(message, inner);
