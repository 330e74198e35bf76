namespace EcsGitOps.Delivery.Stacks;

/// <param name="Status">The stack's status afterwards; null when no stack exists (a dry run of a new stack).</param>
/// <param name="Changes">How many resource changes the change set held.</param>
public sealed record StackDeployResult(
    string StackName,
    StackAction Action,
    string? Status,
    IReadOnlyDictionary<string, string> Outputs,
    int Changes,
    TimeSpan Duration);
