using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Why tasks stopped, one line per distinct reason, newest first: the first thing to read after a failed deployment.</summary>
internal static class StoppedTasks
{
    /// <param name="query">Which tasks: a service's (<c>ServiceName</c>) or a task set's (<c>StartedBy</c> its id).</param>
    /// <param name="taskDefinitionArn">Prefer the tasks of this task definition: those of the deployment that failed.</param>
    public static async Task<IReadOnlyList<string>> ReasonsAsync(
        EcsClient ecs, ListTasksRequest query, string? taskDefinitionArn, int limit, CancellationToken cancellationToken)
    {
        try
        {
            var listed = await ecs.ListTasksAsync(query with { DesiredStatus = "STOPPED", MaxResults = 100 }, cancellationToken)
                .ConfigureAwait(false);
            if (listed.TaskArns is not { Count: > 0 } arns)
                return [];
            var described = await ecs.DescribeTasksAsync(new() { Cluster = query.Cluster, Tasks = arns }, cancellationToken)
                .ConfigureAwait(false);
            var tasks = described.Tasks ?? [];
            var ours = tasks.Where(task => task.TaskDefinitionArn == taskDefinitionArn).ToList();
            return (ours.Count > 0 ? ours : tasks)
                .OrderByDescending(task => task.StoppedAt)
                .GroupBy(Reason)
                .Take(limit)
                .Select(group => group.Count() == 1
                    ? $"task {Id(group.First())} stopped: {group.Key}"
                    : $"{group.Count()} tasks stopped (latest {Id(group.First())}): {group.Key}")
                .ToList();
        }
        catch (AwsServiceException e)
        {
            return [$"the stopped tasks could not be read ({e.Message})"];
        }
    }

    private static string Reason(EcsTask task)
    {
        var containers = (task.Containers ?? [])
            .Where(container => container.Reason is not null || container.ExitCode is not (null or 0))
            .Select(container => container.Reason is null
                ? $"{container.Name} exited with {container.ExitCode}"
                : $"{container.Name}: {container.Reason}{(container.ExitCode is null ? "" : $" (exit {container.ExitCode})")}")
            .ToList();
        var reason = task.StoppedReason ?? task.StopCode ?? "no reason given";
        return containers.Count == 0 ? reason : $"{reason} ({string.Join("; ", containers)})";
    }

    private static string Id(EcsTask task) => task.TaskArn?[(task.TaskArn.LastIndexOf('/') + 1)..] ?? "?";
}
