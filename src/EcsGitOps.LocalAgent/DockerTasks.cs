using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;
using EcsGitOps.Delivery.LocalCloud;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.LocalAgent;

/// <summary>A task the agent runs: one container of a task set, on its own loopback port.</summary>
/// <param name="Healthy">Its health check passes (or it has none and runs).</param>
/// <param name="Exited">It stopped; the text says how.</param>
public sealed record LocalTask(string ContainerId, string TaskSetArn, Colour? Colour, int Port, bool Running, bool Healthy, string? Exited)
{
    public Uri Url => new($"http://127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}/");
}

/// <summary>
/// Runs tasks as containers on the Docker engine. On an engine without a bridge network (dockerd --bridge=none) a
/// container shares the host's network, so each task gets its own loopback port through PORT, as awsvpc gives each task
/// its own address; on an engine with a bridge (Docker Desktop, a default Linux install) the container port is published
/// on a loopback host port instead.
/// </summary>
public sealed class DockerTasks(IDockerClient docker, string instance)
{
    const string AgentLabel = "ecsgitops.local-agent";
    const string TaskSetLabel = "ecsgitops.task-set";
    const string ColourLabel = "ecsgitops.colour";
    const string PortLabel = "ecsgitops.port";

    bool? hasBridge;

    public async Task<IReadOnlyList<LocalTask>> ListAsync(CancellationToken ct)
    {
        var containers = await docker.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"{AgentLabel}={instance}"] = true } },
        }, ct);
        var tasks = new List<LocalTask>();
        foreach (var container in containers)
        {
            var inspected = await docker.Containers.InspectContainerAsync(container.ID, ct);
            var state = inspected.State;
            var healthy = state.Running && (inspected.Config.Healthcheck is null || state.Health?.Status == "healthy");
            tasks.Add(new LocalTask(container.ID, container.Labels[TaskSetLabel],
                Enum.TryParse<Colour>(container.Labels.TryGetValue(ColourLabel, out var label) ? label : null, ignoreCase: true, out var colour) ? colour : null,
                int.Parse(container.Labels[PortLabel], CultureInfo.InvariantCulture), state.Running, healthy,
                state.Running ? null : $"exited with code {state.ExitCode}{(string.IsNullOrEmpty(state.Error) ? "" : $": {state.Error}")}"));
        }
        return tasks;
    }

    public async Task<LocalTask> StartAsync(string service, string taskSetArn, Colour? colour, TaskLaunch launch, CancellationToken ct)
    {
        await EnsureImageAsync(launch.Image, ct);
        var bridge = hasBridge ??= (await docker.Networks.ListNetworksAsync(cancellationToken: ct)).Any(n => n.Name == "bridge");
        var port = FreePort.OnLoopback();
        var environment = launch.Environment.Where(e => bridge || e.Key != "PORT").Select(e => $"{e.Key}={e.Value}").ToList();
        if (!bridge)
            environment.Add($"PORT={port.ToString(CultureInfo.InvariantCulture)}");
        var check = bridge ? launch.HealthCheck : launch.HealthCheck?.OnPort(launch.ContainerPort, port);
        var containerPort = $"{launch.ContainerPort.ToString(CultureInfo.InvariantCulture)}/tcp";
        var created = await docker.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Name = $"ecsgitops-{service}-{colour?.Name() ?? "task"}-{Guid.NewGuid().ToString("N")[..8]}",
            Image = launch.Image,
            Env = environment,
            User = launch.User,
            Labels = new Dictionary<string, string>
            {
                [AgentLabel] = instance,
                [TaskSetLabel] = taskSetArn,
                [ColourLabel] = colour?.Name() ?? "",
                [PortLabel] = port.ToString(CultureInfo.InvariantCulture),
            },
            ExposedPorts = bridge ? new Dictionary<string, EmptyStruct> { [containerPort] = default } : null,
            Healthcheck = check is null ? null : new HealthConfig
            {
                Test = [check.Command[0] is "CMD" or "CMD-SHELL" ? check.Command[0] : "CMD", .. check.Command.Skip(check.Command[0] is "CMD" or "CMD-SHELL" ? 1 : 0)],
                Interval = TimeSpan.FromSeconds(check.Interval),
                Timeout = TimeSpan.FromSeconds(check.Timeout),
                Retries = check.Retries,
                StartPeriod = (long)TimeSpan.FromSeconds(check.StartPeriod).TotalNanoseconds,
            },
            StopTimeout = TimeSpan.FromSeconds(launch.StopTimeoutSeconds),
            HostConfig = new HostConfig
            {
                NetworkMode = bridge ? "bridge" : "host",
                PortBindings = bridge
                    ? new Dictionary<string, IList<PortBinding>> { [containerPort] = [new PortBinding { HostIP = "127.0.0.1", HostPort = port.ToString(CultureInfo.InvariantCulture) }] }
                    : null,
                ReadonlyRootfs = launch.ReadonlyRootFilesystem,
                Tmpfs = launch.TmpfsPaths.ToDictionary(path => path, _ => "rw,nosuid,nodev"),
                Init = true,
                CapDrop = ["ALL"],
            },
        }, ct);
        await docker.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), ct);
        return new LocalTask(created.ID, taskSetArn, colour, port, Running: true, Healthy: false, Exited: null);
    }

    /// <summary>Stops a task as ECS does (SIGTERM, then SIGKILL after its stop timeout): requests in flight finish.</summary>
    public async Task StopAsync(string containerId, CancellationToken ct)
    {
        try
        {
            await docker.Containers.StopContainerAsync(containerId, new ContainerStopParameters { WaitBeforeKillSeconds = 30 }, ct);
            await docker.Containers.RemoveContainerAsync(containerId, new ContainerRemoveParameters { Force = true }, ct);
        }
        catch (DockerContainerNotFoundException)
        {
            // Already gone.
        }
    }

    /// <summary>Removes every container of this agent's local cloud, running or not: at start (what a killed agent left) and at stop.</summary>
    public async Task RemoveAllAsync(CancellationToken ct)
    {
        foreach (var task in await ListAsync(ct))
            await docker.Containers.RemoveContainerAsync(task.ContainerId, new ContainerRemoveParameters { Force = true }, ct);
    }

    async Task EnsureImageAsync(string image, CancellationToken ct)
    {
        try
        {
            await docker.Images.InspectImageAsync(image, ct);
        }
        catch (DockerImageNotFoundException)
        {
            await docker.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = image }, null, new Progress<JSONMessage>(), ct);
        }
    }
}
