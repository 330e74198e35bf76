using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Deployments.Strategies;
using EcsGitOps.Delivery.LocalCloud.DataPlane;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.LocalAgent;

/// <summary>What the service's task sets run after one pass, and which tasks may take requests.</summary>
public sealed record Reconciled(IReadOnlyList<TaskSetView> TaskSets, IReadOnlyList<LocalTask> Routable);

/// <summary>
/// Makes the Docker engine run what the local cloud's task sets describe, as ECS's scheduler would: each active task set
/// runs ceil(desired count × scale) tasks of its task definition; a stopped task is replaced; a task of a task set that
/// was deleted, drained or scaled down leaves the router at once and is stopped after the drain delay.
/// </summary>
public sealed class TaskSetReconciler(EcsClient ecs, DockerTasks docker, string registry, TimeSpan drainDelay, TimeProvider time, Action<string> log)
{
    readonly Dictionary<string, TaskLaunch> launches = new(StringComparer.Ordinal);
    readonly Dictionary<string, DateTimeOffset> draining = new(StringComparer.Ordinal);
    readonly HashSet<string> said = new(StringComparer.Ordinal);

    public async Task<Reconciled> RunAsync(DataPlaneService service, CancellationToken ct)
    {
        var described = await ecs.DescribeServicesAsync(new DescribeServicesRequest { Cluster = service.Cluster, Services = [service.Service] }, ct);
        var desiredCount = described.Services?.FirstOrDefault()?.DesiredCount ?? 1;
        var taskSets = (await ecs.DescribeTaskSetsAsync(new DescribeTaskSetsRequest { Cluster = service.Cluster, Service = service.Service, Include = ["TAGS"] }, ct))
            .TaskSets?.Where(taskSet => taskSet.Status is "PRIMARY" or "ACTIVE" && taskSet.TaskSetArn is not null).ToList() ?? [];
        var tasks = await docker.ListAsync(ct);

        var views = new List<TaskSetView>();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var taskSet in taskSets)
        {
            var desired = (int)Math.Ceiling(desiredCount * (taskSet.Scale?.Value ?? 100) / 100);
            var own = tasks.Where(task => task.TaskSetArn == taskSet.TaskSetArn && !draining.ContainsKey(task.ContainerId)).ToList();
            string? problem = null;
            foreach (var stopped in own.Where(task => !task.Running))
            {
                problem = $"a task {stopped.Exited}; starting another";
                Say($"{TaskSetColour.Describe(taskSet)}: {problem}");
                await docker.StopAsync(stopped.ContainerId, ct);
            }
            var running = own.Where(task => task.Running).ToList();
            TaskLaunch? launch = null;
            try
            {
                launch = await LaunchAsync(taskSet.TaskDefinition!, service.ContainerName, ct);
                for (var i = running.Count; i < desired; i++)
                {
                    var started = await docker.StartAsync(service.Service, taskSet.TaskSetArn!, TaskSetColour.Of(taskSet), launch, ct);
                    log($"{TaskSetColour.Describe(taskSet)}: started {launch.Image} on 127.0.0.1:{started.Port}");
                    running.Add(started);
                }
            }
            catch (InvalidOperationException e)
            {
                problem = e.Message;
                Say($"{TaskSetColour.Describe(taskSet)} cannot run: {problem}");
            }
            keep.UnionWith(running.Take(desired).Select(task => task.ContainerId));
            views.Add(new TaskSetView(taskSet.TaskSetArn!, TaskSetColour.Of(taskSet)?.Name(), taskSet.TaskDefinition!, desired,
                Math.Min(running.Count, desired), running.Take(desired).Count(task => task.Healthy), launch?.LeftOut ?? [], problem));
        }

        await DrainAsync(tasks.Where(task => !keep.Contains(task.ContainerId)), ct);
        return new Reconciled(views, tasks.Where(task => keep.Contains(task.ContainerId) && task.Healthy).ToList());
    }

    /// <summary>A task that should no longer run takes no new requests from now on; it stops once the drain delay passed.</summary>
    async Task DrainAsync(IEnumerable<LocalTask> leaving, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        foreach (var task in leaving)
        {
            if (!draining.TryGetValue(task.ContainerId, out var until))
            {
                draining[task.ContainerId] = now + drainDelay;
                log($"{task.Colour?.Name() ?? "a"} task on 127.0.0.1:{task.Port} is draining");
            }
            else if (now >= until)
            {
                await docker.StopAsync(task.ContainerId, ct);
                draining.Remove(task.ContainerId);
                log($"{task.Colour?.Name() ?? "a"} task on 127.0.0.1:{task.Port} stopped");
            }
        }
    }

    async Task<TaskLaunch> LaunchAsync(string taskDefinitionArn, string appContainer, CancellationToken ct)
    {
        if (launches.TryGetValue(taskDefinitionArn, out var known))
            return known;
        var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = taskDefinitionArn }, ct);
        var launch = TaskLaunch.From(described.RawTaskDefinition
            ?? throw new InvalidOperationException($"DescribeTaskDefinition returned no definition for {taskDefinitionArn}"), appContainer, registry);
        foreach (var line in launch.LeftOut)
            log($"{taskDefinitionArn}: {line}");
        return launches[taskDefinitionArn] = launch;
    }

    void Say(string line)
    {
        if (said.Add(line))
            log(line);
    }
}
