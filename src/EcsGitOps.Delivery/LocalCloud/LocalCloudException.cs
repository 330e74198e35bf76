namespace EcsGitOps.Delivery.LocalCloud;

/// The local cloud could not start; the message says what is missing and how to get it.
public sealed class LocalCloudException(string message) : Exception(message);
