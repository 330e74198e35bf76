using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic.Events;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Waits for a new task set to run all its tasks steadily before any traffic goes to it.</summary>
internal sealed class TaskSetStart(
    EcsClient ecs, ServiceTaskSets taskSets, TimeSpan pollInterval, TimeProvider time, IRolloutObserver observer, ITaskSetHealth? health = null)
{
    private const string Steady = "STEADY_STATE";

    /// <returns>Null once steady; otherwise why not, with the reasons its tasks stopped.</returns>
    public async Task<IReadOnlyList<string>?> WaitSteadyAsync(TaskSet fresh, Deadline deadline)
    {
        string? last = null;
        var current = fresh;
        try
        {
            while (true)
            {
                current = await taskSets.FindAsync(fresh.TaskSetArn!, deadline.Token).ConfigureAwait(false);
                if (current is null)
                    return [$"the {TaskSetColour.Describe(fresh)} disappeared while it was starting"];
                string detail;
                if (!IsSteady(current))
                    detail = $"the {TaskSetColour.Describe(current)} runs {current.RunningCount ?? 0} of {current.ComputedDesiredCount ?? 0} tasks";
                else if (health is null)
                    return null;
                else if (await health.GetAsync(current.TaskSetArn!, deadline.Token).ConfigureAwait(false) is { IsReady: false } tasks)
                    detail = $"the {TaskSetColour.Describe(current)} has {tasks}";
                else
                    return null;
                if (detail != last)
                    observer.OnEvent(new DeploymentProgressed(time.GetUtcNow(), current.StabilityStatus ?? "STABILIZING", detail, null));
                last = detail;
                await Task.Delay(pollInterval, time, deadline.Token).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            var why = deadline.Expired
                ? $"the {TaskSetColour.Describe(fresh)} did not become steady within {DeploymentReport.Duration(deadline.Allowed)}"
                : $"cancelled while the {TaskSetColour.Describe(fresh)} was starting";
            return [why, .. await StoppedAsync(fresh).ConfigureAwait(false)];
        }
        catch (AwsServiceException e)
        {
            return [$"the {TaskSetColour.Describe(fresh)} could not be followed while it was starting ({e.Message})"];
        }
    }

    private static bool IsSteady(TaskSet taskSet) =>
        taskSet.StabilityStatus == Steady
        && (taskSet.RunningCount is null || taskSet.ComputedDesiredCount is null || taskSet.RunningCount >= taskSet.ComputedDesiredCount);

    // Tasks a task set starts carry its id in startedBy.
    private async Task<IReadOnlyList<string>> StoppedAsync(TaskSet fresh)
    {
        using var bound = new Deadline(TimeSpan.FromMinutes(1), time, CancellationToken.None);
        var cluster = fresh.ClusterArn ?? taskSets.Name.Split('/')[0];
        return await StoppedTasks.ReasonsAsync(ecs, new ListTasksRequest { Cluster = cluster, StartedBy = fresh.Id }, fresh.TaskDefinition, 5,
            bound.Token).ConfigureAwait(false);
    }
}
