using EcsGitOps.Delivery.Deployments.Strategies;

namespace EcsGitOps.Delivery.LocalCloud.DataPlane;

/// <summary>A task set's health as the local agent sees its containers.</summary>
public sealed class AgentTaskSetHealth(LocalAgentClient agent) : ITaskSetHealth
{
    public async Task<TaskSetHealth> GetAsync(string taskSetArn, CancellationToken cancellationToken)
    {
        DataPlaneStatus status;
        try
        {
            status = await agent.StatusAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or LocalCloudException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return new TaskSetHealth(0, 0, $"the local agent does not answer: {e.Message}");
        }
        return status.TaskSet(taskSetArn) is { } seen
            ? new TaskSetHealth(seen.Healthy, seen.Desired, seen.Problem ?? status.Problem)
            : new TaskSetHealth(0, 0, status.Problem ?? "not yet started by the local agent");
    }
}
