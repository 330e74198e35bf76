using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary><c>--resume rollback</c>: traffic back to the recorded stable colour, then the new colour's task set deleted.</summary>
internal sealed class TaskSetRollback(
    ServiceTaskSets taskSets, TaskSetStrategyOptions options, TimeProvider time, DeploymentContext context, HeldLeaseStore store)
{
    public async Task<DeploymentOutcome> RunAsync(IReadOnlyList<TaskSet> found, TaskSet? primary, CancellationToken cancellationToken)
    {
        var colours = store.Recorded?.Colours ?? ColourShift.BlueToGreen;
        if (store.Recorded is { IsActive: true } recorded && primary is not null && TaskSetColour.Of(primary) == colours.To
            && primary.TaskDefinition == recorded.DeploymentId)
            throw new DeploymentFailedException(
                $"Deployment {recorded.DeploymentId} of {taskSets.Name} was already promoted (its {TaskSetColour.Describe(primary)} " +
                "is primary); rerun with --resume to finish it, then deploy the previous task definition to undo it.");
        var request = new RolloutRequest(taskSets.Name, context.TaskDefinitionArn, context.Owner, colours, options.Rollout,
            options.Checks, options.Gates, ResumeMode.RollBack);
        var result = await new RolloutLoop(options.Router, store, time, context.Observer).RunAsync(request, cancellationToken)
            .ConfigureAwait(false);
        List<string> reasons = [result.Reason];
        if (result.Phase == RolloutPhase.RolledBack)
        {
            foreach (var taskSet in found.Where(taskSet => taskSet.Status != ServiceTaskSets.Primary && TaskSetColour.Of(taskSet) == colours.To))
            {
                await taskSets.RemoveAsync(taskSet, CancellationToken.None).ConfigureAwait(false);
                reasons.Add($"the {TaskSetColour.Describe(taskSet)} was deleted");
            }
        }
        return result.ToOutcome() with { Reasons = reasons };
    }
}
