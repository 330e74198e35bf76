using EcsGitOps.Delivery.Tests.Support;

namespace EcsGitOps.Delivery.Tests.Stacks.Fixtures;

/// <summary>The AWS CLI as an independent look at the endpoint, for what the client does not call (ListChangeSets).</summary>
static class PendingChangeSets
{
    /// <summary>The stack's change sets not executed; moto lists every stack's, executed ones included, whatever the stack name.</summary>
    public static async Task<IReadOnlyList<string>> PendingChangeSetsAsync(this AwsCli aws, string stackName)
    {
        var listed = await aws.JsonAsync("cloudformation", "list-change-sets", "--stack-name", stackName);
        return listed.GetProperty("Summaries").EnumerateArray()
            .Where(s => s.GetProperty("StackName").GetString() == stackName && s.GetProperty("ExecutionStatus").GetString() != "EXECUTE_COMPLETE")
            .Select(s => s.GetProperty("ChangeSetName").GetString()!)
            .ToList();
    }
}
