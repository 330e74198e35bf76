using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>
/// Makes the new task set primary, lets the old ones drain, then scales them to nothing and deletes them.
/// Safe to repeat when an interrupted promotion is resumed.
/// </summary>
internal sealed class TaskSetPromotion(
    ServiceTaskSets taskSets, TaskSet promoted, TimeSpan drainTime, TimeProvider time, IRolloutObserver observer)
    : IRolloutPromotion
{
    private readonly List<string> _warnings = [];

    /// <summary>Old task sets left behind; traffic is already on the new one, so these do not fail the deployment.</summary>
    public IReadOnlyList<string> Warnings => _warnings;

    public async Task PromoteAsync(RolloutState state, CancellationToken cancellationToken)
    {
        await taskSets.MakePrimaryAsync(promoted, cancellationToken).ConfigureAwait(false);
        Report(ServiceTaskSets.Primary, $"the {TaskSetColour.Describe(promoted)} is primary");
        IReadOnlyList<TaskSet> old;
        try
        {
            old = (await taskSets.ListAsync(cancellationToken).ConfigureAwait(false))
                .Where(taskSet => taskSet.TaskSetArn != promoted.TaskSetArn).ToList();
        }
        catch (AwsServiceException e)
        {
            _warnings.Add($"the old task sets of {taskSets.Name} could not be listed ({e.Message}); the next deployment removes them");
            return;
        }
        if (old.Count == 0)
            return;
        Report("DRAINING", $"waiting {DeploymentReport.Duration(drainTime)} for requests in flight before removing the old task set");
        await Task.Delay(drainTime, time, cancellationToken).ConfigureAwait(false);
        foreach (var taskSet in old)
            await RemoveAsync(taskSet, cancellationToken).ConfigureAwait(false);
    }

    private async Task RemoveAsync(TaskSet taskSet, CancellationToken cancellationToken)
    {
        try
        {
            await taskSets.RemoveAsync(taskSet, cancellationToken).ConfigureAwait(false);
            Report("DELETED", $"the {TaskSetColour.Describe(taskSet)} was scaled to 0 and deleted");
        }
        catch (AwsServiceException e)
        {
            _warnings.Add($"the old {TaskSetColour.Describe(taskSet)} could not be deleted ({e.Message}); the next deployment removes it");
        }
    }

    private void Report(string status, string detail) =>
        observer.OnEvent(new DeploymentProgressed(time.GetUtcNow(), status, detail, null));
}
