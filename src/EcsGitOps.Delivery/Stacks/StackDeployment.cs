using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>One stack's deployment: repair its state, compute a change set, print it, then execute and follow it or drop it.</summary>
internal sealed class StackDeployment(StackWatch watch, StackSpec spec, DeployInfraOptions options, TimeProvider time)
{
    readonly long started = time.GetTimestamp();

    public async Task<StackDeployResult> RunAsync(CancellationToken ct)
    {
        var prepared = await new StackRecovery(watch, options.DryRun).PrepareAsync(ct);
        if (!prepared.Deployable)
            return Result(StackAction.DryRun, prepared.Existing, changes: 0);

        var existing = prepared.Existing;
        var type = StackStatuses.NeedsCreate(existing) ? "CREATE" : "UPDATE";
        // A shell found in REVIEW_IN_PROGRESS may hold someone's change set under review: only one this run makes is removed.
        var makesShell = existing?.StackStatus is null or StackStatuses.DeleteComplete;
        var changeSet = new ChangeSetRunner(watch, ChangeSetName());
        ChangeSetSummary? summary;
        try
        {
            summary = await changeSet.CreateAsync(spec, type, StackParameters.Kept(spec, type == "UPDATE" ? existing : null), ct);
        }
        catch (StackDeployException) when (makesShell)
        {
            await RemoveShellAsync(ct);
            throw;
        }
        if (summary is null)
        {
            watch.Note("no changes: up to date");
            return Result(StackAction.UpToDate, existing, changes: 0);
        }
        watch.Progress.ChangeSet(spec.StackName, summary);

        return options.DryRun
            ? await DropAsync(changeSet, summary, existing, makesShell, ct)
            : await ExecuteAsync(changeSet, summary, ct);
    }

    async Task<StackDeployResult> DropAsync(ChangeSetRunner changeSet, ChangeSetSummary summary, Stack? existing, bool madeShell, CancellationToken ct)
    {
        await changeSet.DeleteAsync(ct);
        if (madeShell)
            await RemoveShellAsync(ct);
        watch.Note($"dry run: change set {changeSet.Name} deleted without executing");
        return Result(StackAction.DryRun, existing, summary.Rows.Count);
    }

    // A CREATE change set on a new stack makes a REVIEW_IN_PROGRESS stack to hold it; when it will not be executed
    // the stack goes too, so a dry run or a rejected template leaves nothing behind.
    async Task RemoveShellAsync(CancellationToken ct)
    {
        if (await watch.DescribeAsync(ct) is not { StackStatus: StackStatuses.ReviewInProgress })
            return;
        await watch.CloudFormation.DeleteStackAsync(new DeleteStackRequest { StackName = spec.StackName }, ct);
        while (await watch.DescribeAsync(ct) is { StackStatus: not StackStatuses.DeleteComplete } stack)
            await watch.PauseAsync(stack.StackStatus ?? "being deleted", ct);
    }

    async Task<StackDeployResult> ExecuteAsync(ChangeSetRunner changeSet, ChangeSetSummary summary, CancellationToken ct)
    {
        var events = new StackEventFollower(watch.CloudFormation, spec.StackName, watch.Progress);
        await events.StartAsync(ct);
        events.BeginOperation();
        try
        {
            await changeSet.ExecuteAsync(ct);
        }
        catch (AwsServiceException e)
        {
            throw StackFailures.Call(spec.StackName, $"executing change set {changeSet.Name}", e, "Deploy what it needs first, or fix the template");
        }
        var stack = await watch.WaitForOperationAsync(events, ct);
        if (stack is null || !StackStatuses.IsDeployed(stack.StackStatus))
            throw StackFailures.Failed(spec.StackName, stack?.StackStatus, stack?.StackStatusReason, events.FailedResources());
        return Result(summary.Type == "CREATE" ? StackAction.Created : StackAction.Updated, stack, summary.Rows.Count);
    }

    StackDeployResult Result(StackAction action, Stack? stack, int changes) =>
        StackDeployResult.Of(spec.StackName, action, stack, changes, time.GetElapsedTime(started));

    // Unique per run, and readable in the console: CloudFormation keeps a stack's change sets until they are deleted
    // or another executes; the random part separates stacks of one wave created in the same millisecond.
    string ChangeSetName() => $"ecsgitops-{time.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Random.Shared.Next(0x10000):x4}";
}
