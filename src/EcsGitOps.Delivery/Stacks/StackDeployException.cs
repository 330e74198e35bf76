namespace EcsGitOps.Delivery.Stacks;

/// <summary>One stack did not reach a deployed state; the message says which, in what state, why and what to do.</summary>
public sealed class StackDeployException(
    string stackName, string? status, IReadOnlyList<FailedResource> failedResources, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public string StackName { get; } = stackName;

    /// <summary>Null when the stack does not exist or its state is unknown.</summary>
    public string? Status { get; } = status;

    /// <summary>Oldest first: the first is usually the cause, later ones are often cancellations it caused.</summary>
    public IReadOnlyList<FailedResource> FailedResources { get; } = failedResources;
}
