namespace EcsGitOps.Delivery.Registry;

/// <summary>A PushEcr failure a user can act on: one line saying what failed, on which image or registry, and what to do.</summary>
/// <remarks>Messages never hold a registry password or token; callers scrub them with <see cref="Secrets"/> first.</remarks>
public sealed class ImagePushException(string message, Exception? inner = null) : Exception(message, inner);
