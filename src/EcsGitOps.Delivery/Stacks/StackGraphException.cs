namespace EcsGitOps.Delivery.Stacks;

/// <summary>The stack manifest or a template does not describe a deployable graph; the message says what to fix.</summary>
public sealed class StackGraphException(string message) : Exception(message);
