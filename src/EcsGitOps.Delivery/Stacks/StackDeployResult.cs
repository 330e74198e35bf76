using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <param name="Status">The stack's status afterwards; null when no stack exists (a dry run of a new stack).</param>
/// <param name="Changes">How many resource changes the change set held; in Recreate mode, how many resources a created stack declares.</param>
public sealed record StackDeployResult(
    string StackName,
    StackAction Action,
    string? Status,
    IReadOnlyDictionary<string, string> Outputs,
    int Changes,
    TimeSpan Duration)
{
    // Outputs come from DescribeStacks once the stack has settled. Moto 5.2.1 leaves them empty for stacks made by
    // change sets (its ExecuteChangeSet does not fill them): on moto this is an empty dictionary, not a bug here.
    internal static StackDeployResult Of(string stackName, StackAction action, Stack? stack, int changes, TimeSpan duration) => new(
        stackName,
        action,
        stack?.StackStatus == StackStatuses.DeleteComplete ? null : stack?.StackStatus,
        (stack?.Outputs ?? []).Where(o => o.OutputKey is not null)
            .ToDictionary(o => o.OutputKey!, o => o.OutputValue ?? "", StringComparer.Ordinal),
        changes,
        duration);
}
