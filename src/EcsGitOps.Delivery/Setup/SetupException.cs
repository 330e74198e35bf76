namespace EcsGitOps.Delivery.Setup;

/// This machine lacks something a target needs and the build cannot provide it; the message says what to run.
public sealed class SetupException(string message) : Exception(message);
