using System.Text.RegularExpressions;
using EcsGitOps.Aws;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>The one-line errors of a deployment: which stack, in what state, the first cause, what to do.</summary>
internal static partial class StackFailures
{
    public static StackDeployException Failed(string stackName, string? status, string? statusReason, IReadOnlyList<FailedResource> failed)
    {
        var cause = failed is [var first, ..]
            ? $"first failure: {first.LogicalId} ({first.Type}) {first.Status}: {OneLine(first.Reason)}"
            : $"CloudFormation says: {OneLine(statusReason ?? "no reason given")}";
        return new StackDeployException(stackName, status, failed,
            $"Stack {stackName} failed with {status ?? "no status"}; {cause}. Fix the cause, then run DeployInfra again.");
    }

    public static StackDeployException Stuck(string stackName, string status, string? statusReason) =>
        new(stackName, status, [],
            $"Stack {stackName} is {status}{Reason(statusReason)}, a state CloudFormation cannot update: delete the stack " +
            "(retaining the resources that fail to delete), then run DeployInfra again.");

    public static StackDeployException Call(string stackName, string step, AwsServiceException e, string fix = "Fix what it names") =>
        new(stackName, null, [], $"Stack {stackName}: {step} failed: {e.ErrorCode}: {OneLine(e.ServiceMessage)}. {fix}, then run DeployInfra again.", e);

    public static StackDeployException ChangeSet(string stackName, string changeSetName, string? reason) =>
        new(stackName, null, [],
            $"Stack {stackName}: change set {changeSetName} failed: {OneLine(reason ?? "no reason given")}. Fix the template or its parameters, then run DeployInfra again.");

    static string Reason(string? reason) => string.IsNullOrWhiteSpace(reason) ? "" : $" ({OneLine(reason)})";

    static string OneLine(string text) => Whitespace().Replace(text, " ").Trim().TrimEnd('.');

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
