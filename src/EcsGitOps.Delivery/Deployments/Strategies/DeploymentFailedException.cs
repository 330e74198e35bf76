namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>A deployment that cannot go on, in one line a person can act on; strategies turn it into a failed outcome.</summary>
internal sealed class DeploymentFailedException(string message) : Exception(message);
