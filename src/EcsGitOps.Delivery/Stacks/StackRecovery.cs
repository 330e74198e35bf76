using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>Brings a stack found in a state a change set cannot start from into one it can: waits, deletes or continues a rollback.</summary>
internal sealed class StackRecovery(StackWatch watch, bool dryRun)
{
    // Each step leaves a different state; a few are enough for any sequence (in progress, then rollback failed, ...).
    const int MaxSteps = 5;

    public async Task<PreparedStack> PrepareAsync(CancellationToken ct)
    {
        var events = new StackEventFollower(watch.CloudFormation, watch.StackName, watch.Progress);
        await events.StartAsync(ct);
        var stack = await watch.DescribeAsync(ct);
        for (var step = 0; step < MaxSteps; step++)
        {
            var status = stack?.StackStatus;
            if (StackStatuses.NeedsCreate(stack) || StackStatuses.IsUpdatable(status))
                return new PreparedStack(stack, Deployable: true);
            var repairable = status is StackStatuses.RollbackComplete or StackStatuses.UpdateRollbackFailed;
            if (!repairable && !StackStatuses.IsInProgress(status))
                throw StackFailures.Stuck(watch.StackName, status!, stack!.StackStatusReason);
            if (dryRun && repairable)
            {
                watch.Note($"is {status}: a deploy would {(status == StackStatuses.RollbackComplete ? "delete and recreate it" : "continue its rollback first")}; no change set in a dry run");
                return new PreparedStack(stack, Deployable: false);
            }
            stack = status switch
            {
                StackStatuses.RollbackComplete => await RecreateAsync(events, ct),
                StackStatuses.UpdateRollbackFailed => await ContinueRollbackAsync(stack!, events, ct),
                _ => await SettleAsync(status!, events, ct),
            };
        }
        throw new StackDeployException(watch.StackName, stack?.StackStatus, [],
            $"Stack {watch.StackName} is still {stack?.StackStatus} after {MaxSteps} attempts to bring it to a deployable state: look at its events, then run DeployInfra again.");
    }

    async Task<Stack?> SettleAsync(string status, StackEventFollower events, CancellationToken ct)
    {
        watch.Note($"is {status}: waiting for it to finish");
        var stack = await watch.WaitWhileInProgressAsync(events, ct);
        watch.Note($"is now {stack?.StackStatus ?? "deleted"}");
        return stack;
    }

    // ROLLBACK_COMPLETE means the stack was never created: nothing in it is worth keeping, and it cannot be updated.
    async Task<Stack?> RecreateAsync(StackEventFollower events, CancellationToken ct)
    {
        watch.Note("is ROLLBACK_COMPLETE (its creation failed): deleting it to create it again");
        events.BeginOperation();
        await watch.CloudFormation.DeleteStackAsync(new DeleteStackRequest { StackName = watch.StackName }, ct);
        var stack = await watch.WaitForOperationAsync(events, ct);
        if (stack is not null && stack.StackStatus != StackStatuses.DeleteComplete)
            throw StackFailures.Failed(watch.StackName, stack.StackStatus, stack.StackStatusReason, events.FailedResources());
        return stack;
    }

    async Task<Stack?> ContinueRollbackAsync(Stack stack, StackEventFollower events, CancellationToken ct)
    {
        watch.Note($"is UPDATE_ROLLBACK_FAILED{(stack.StackStatusReason is { } reason ? $" ({reason})" : "")}: continuing the rollback");
        events.BeginOperation();
        await watch.CloudFormation.ContinueUpdateRollbackAsync(new ContinueUpdateRollbackRequest { StackName = watch.StackName }, ct);
        var settled = await watch.WaitForOperationAsync(events, ct);
        if (settled?.StackStatus != "UPDATE_ROLLBACK_COMPLETE")
            throw StackFailures.Failed(watch.StackName, settled?.StackStatus, settled?.StackStatusReason, events.FailedResources());
        watch.Note("rollback continued to UPDATE_ROLLBACK_COMPLETE: the stack is back on its last working template; updating it now");
        return settled;
    }
}
