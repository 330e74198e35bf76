using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>What a CloudFormation stack status means for a deployment.</summary>
internal static class StackStatuses
{
    public const string ReviewInProgress = "REVIEW_IN_PROGRESS";
    public const string RollbackComplete = "ROLLBACK_COMPLETE";
    public const string UpdateRollbackFailed = "UPDATE_ROLLBACK_FAILED";
    public const string DeleteComplete = "DELETE_COMPLETE";

    public static bool IsInProgress(string? status) => status?.EndsWith("_IN_PROGRESS", StringComparison.Ordinal) == true;

    public static bool IsSettled(string? status) => status is not null && !IsInProgress(status);

    public static bool IsDeployed(string? status) => status is "CREATE_COMPLETE" or "UPDATE_COMPLETE" or "IMPORT_COMPLETE";

    /// <summary>Settled states an UPDATE change set can start from (UPDATE_FAILED: a stack deployed with rollback disabled).</summary>
    public static bool IsUpdatable(string? status) =>
        IsDeployed(status) || status is "UPDATE_ROLLBACK_COMPLETE" or "IMPORT_ROLLBACK_COMPLETE" or "UPDATE_FAILED";

    /// <summary>A stack that does not exist, or a shell CloudFormation made for a change set that never ran.</summary>
    public static bool NeedsCreate(Stack? stack) => stack?.StackStatus is null or DeleteComplete or ReviewInProgress;

    public static bool IsStackLevel(StackEvent e, string stackName) =>
        e.ResourceType == "AWS::CloudFormation::Stack" && e.LogicalResourceId == stackName;
}
