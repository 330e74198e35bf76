using EcsGitOps.Delivery.LocalCloud.DataPlane;

namespace EcsGitOps.Delivery.LocalCloud;

/// The local profile's stand-in for AWS: moto_server as every AWS endpoint, Debian's docker-registry as the image
/// registry, and the local agent as the data plane (the task sets' containers and the weighted router), all on loopback
/// and free ports. Stopped when disposed, unless kept for the next run.
public sealed class LocalCloudServers : IAsyncDisposable
{
    readonly LocalCloudOptions options;
    readonly LocalCloudState state;
    readonly Action<string> log;

    LocalCloudServers(LocalCloudOptions options, LocalCloudState state, Action<string> log)
    {
        this.options = options;
        this.state = state;
        this.log = log;
    }

    public LocalCloudEndpoints Endpoints => new(state.AwsEndpointUrl, $"127.0.0.1:{state.Registry.Port}");

    /// <summary>The service's stable URL on this machine; null when the cloud runs no agent.</summary>
    public Uri? ServiceUrl => state.ServiceUrl is { } url ? new Uri(url) : null;

    /// <summary>The data plane's control endpoint; null when the cloud runs no agent.</summary>
    public LocalAgentClient? Agent => state.Agent is { } agent ? new LocalAgentClient(Http, new Uri(LocalAgent.ControlUrl(agent.Port))) : null;

    static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    static string StatePath(string directory) => Path.Combine(directory, "state.json");

    /// <summary>Where rollouts on this cloud are recorded: they live and die with it, since a new cloud numbers its
    /// task definition revisions from 1 again.</summary>
    public string RolloutDirectory => RolloutsOf(options.StateDirectory);

    static string RolloutsOf(string directory) => Path.Combine(directory, "rollouts");

    public static async Task<LocalCloudServers> StartAsync(LocalCloudOptions options, Action<string> log, CancellationToken ct)
    {
        Directory.CreateDirectory(options.StateDirectory);
        if (LocalCloudState.Read(StatePath(options.StateDirectory)) is { } kept && (kept.Agent is not null || options.Agent is null)
            && await IsHealthyAsync(kept, ct))
        {
            log($"Reusing the local cloud kept by an earlier run: AWS at {kept.AwsEndpointUrl}, registry at 127.0.0.1:{kept.Registry.Port}");
            return new LocalCloudServers(options, kept, log);
        }

        if (LocalCloudState.Read(StatePath(options.StateDirectory)) is { } stale)
            new LocalCloudServers(options, stale, log).Stop();
        DeleteRollouts(options.StateDirectory);
        LocalServer? moto = null;
        LocalServer? registry = null;
        try
        {
            var awsEndpoint = options.AwsEndpointUrl;
            if (awsEndpoint is null)
            {
                moto = await MotoServer.StartAsync(options.StateDirectory, ct);
                awsEndpoint = MotoServer.Url(moto.Port);
                log($"Started moto_server at {awsEndpoint} (pid {moto.ProcessId})");
            }
            registry = await LocalRegistry.StartAsync(options.StateDirectory, ct);
            log($"Started docker-registry at 127.0.0.1:{registry.Port} (pid {registry.ProcessId})");

            var state = new LocalCloudState(moto, registry, awsEndpoint);
            if (options.Agent is { } agentOptions)
            {
                var (agent, servicePort) = await LocalAgent.StartAsync(agentOptions, options.StateDirectory, awsEndpoint, registry.Port, ct);
                state = state with { Agent = agent, ServiceUrl = $"http://127.0.0.1:{servicePort}/", DockerEndpoint = agentOptions.DockerHost };
                log($"Started the local agent (pid {agent.ProcessId}): the service will answer at {state.ServiceUrl}");
            }
            state.Write(StatePath(options.StateDirectory));
            return new LocalCloudServers(options, state, log);
        }
        catch
        {
            foreach (var server in new[] { moto, registry }.OfType<LocalServer>())
                ServerProcess.Stop(server.ProcessId);
            throw;
        }
    }

    /// Stops a cloud an earlier run kept; does nothing when there is none.
    public static bool StopKept(string stateDirectory, Action<string> log)
    {
        if (LocalCloudState.Read(StatePath(stateDirectory)) is not { } kept)
            return false;
        new LocalCloudServers(new LocalCloudOptions(stateDirectory), kept, log).Stop();
        return true;
    }

    public ValueTask DisposeAsync()
    {
        if (options.Keep)
            log($"Keeping the local cloud for the next run: AWS at {state.AwsEndpointUrl}, registry at 127.0.0.1:{state.Registry.Port}" +
                (state.ServiceUrl is { } url ? $", the service at {url}" : ""));
        else
            Stop();
        return ValueTask.CompletedTask;
    }

    void Stop()
    {
        // The agent first, and gently: it removes its containers on SIGTERM.
        foreach (var server in state.Servers)
        {
            if (server == state.Agent)
                ServerProcess.Terminate(server.ProcessId, TimeSpan.FromSeconds(30));
            else
                ServerProcess.Stop(server.ProcessId);
            log($"Stopped {server.Name} (pid {server.ProcessId})");
        }
        File.Delete(StatePath(options.StateDirectory));
        DeleteRollouts(options.StateDirectory);
    }

    static void DeleteRollouts(string stateDirectory)
    {
        if (Directory.Exists(RolloutsOf(stateDirectory)))
            Directory.Delete(RolloutsOf(stateDirectory), recursive: true);
    }

    static async Task<bool> IsHealthyAsync(LocalCloudState state, CancellationToken ct) =>
        state.Servers.All(s => ServerProcess.IsRunning(s.ProcessId))
        && (state.Agent is null || await Readiness.AnswersAsync(LocalAgent.ControlUrl(state.Agent.Port) + "status", ct))
        && await Readiness.AnswersAsync($"http://127.0.0.1:{state.Registry.Port}/v2/", ct)
        && (state.Moto is null || await Readiness.AnswersAsync(MotoServer.Url(state.Moto.Port) + "/moto-api/", ct));
}
