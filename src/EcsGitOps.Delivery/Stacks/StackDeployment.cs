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
        var changeSet = new ChangeSetRunner(watch, ChangeSetName());
        var summary = await changeSet.CreateAsync(spec, type, ct);
        if (summary is null)
        {
            watch.Note("no changes: up to date");
            return Result(StackAction.UpToDate, existing, changes: 0);
        }
        watch.Progress.ChangeSet(spec.StackName, summary);

        return options.DryRun
            ? await DropAsync(changeSet, summary, existing, ct)
            : await ExecuteAsync(changeSet, summary, ct);
    }

    async Task<StackDeployResult> DropAsync(ChangeSetRunner changeSet, ChangeSetSummary summary, Stack? existing, CancellationToken ct)
    {
        await changeSet.DeleteAsync(ct);
        // A CREATE change set makes a REVIEW_IN_PROGRESS stack; one this run made goes too, so a dry run leaves nothing.
        if (existing is null || existing.StackStatus == StackStatuses.DeleteComplete)
        {
            await watch.CloudFormation.DeleteStackAsync(new DeleteStackRequest { StackName = spec.StackName }, ct);
            await WaitUntilGoneAsync(ct);
        }
        watch.Note($"dry run: change set {changeSet.Name} deleted without executing");
        return Result(StackAction.DryRun, existing, summary.Rows.Count);
    }

    async Task WaitUntilGoneAsync(CancellationToken ct)
    {
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

    // Outputs come from DescribeStacks once the stack has settled. Moto 5.2.1 leaves them empty for stacks made by
    // change sets (its ExecuteChangeSet does not fill them): on moto this is an empty dictionary, not a bug here.
    StackDeployResult Result(StackAction action, Stack? stack, int changes) => new(
        spec.StackName,
        action,
        stack?.StackStatus == StackStatuses.DeleteComplete ? null : stack?.StackStatus,
        (stack?.Outputs ?? []).Where(o => o.OutputKey is not null)
            .ToDictionary(o => o.OutputKey!, o => o.OutputValue ?? "", StringComparer.Ordinal),
        changes,
        time.GetElapsedTime(started));

    // Unique per run, and readable in the console: CloudFormation keeps a stack's change sets until they are deleted
    // or another executes; the random part separates stacks of one wave created in the same millisecond.
    string ChangeSetName() => $"ecsgitops-{time.GetUtcNow():yyyyMMdd-HHmmss-fff}-{Random.Shared.Next(0x10000):x4}";
}
