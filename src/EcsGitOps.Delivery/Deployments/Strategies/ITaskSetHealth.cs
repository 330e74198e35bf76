namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>
/// How many of a task set's tasks pass their health checks, where the tasks run outside ECS's own view: on the local
/// cloud, ECS (moto) reports every task set steady at once while the local agent starts its containers.
/// </summary>
public interface ITaskSetHealth
{
    Task<TaskSetHealth> GetAsync(string taskSetArn, CancellationToken cancellationToken);
}

/// <param name="Problem">Why its tasks do not start, when known.</param>
public sealed record TaskSetHealth(int Healthy, int Desired, string? Problem)
{
    public bool IsReady => Desired > 0 && Healthy >= Desired;

    public override string ToString() => $"{Healthy} of {Desired} tasks healthy{(Problem is null ? "" : $" ({Problem})")}";
}
