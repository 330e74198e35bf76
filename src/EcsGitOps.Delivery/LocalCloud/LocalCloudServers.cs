namespace EcsGitOps.Delivery.LocalCloud;

/// The local profile's stand-in for AWS: moto_server as every AWS endpoint and Debian's docker-registry as the image
/// registry, both on loopback and free ports. Stopped when disposed, unless kept for the next run.
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

    static string StatePath(string directory) => Path.Combine(directory, "state.json");

    public static async Task<LocalCloudServers> StartAsync(LocalCloudOptions options, Action<string> log, CancellationToken ct)
    {
        Directory.CreateDirectory(options.StateDirectory);
        if (LocalCloudState.Read(StatePath(options.StateDirectory)) is { } kept && await IsHealthyAsync(kept, ct))
        {
            log($"Reusing the local cloud kept by an earlier run: AWS at {kept.AwsEndpointUrl}, registry at 127.0.0.1:{kept.Registry.Port}");
            return new LocalCloudServers(options, kept, log);
        }

        LocalServer? moto = null;
        try
        {
            var awsEndpoint = options.AwsEndpointUrl;
            if (awsEndpoint is null)
            {
                moto = await MotoServer.StartAsync(options.StateDirectory, ct);
                awsEndpoint = MotoServer.Url(moto.Port);
                log($"Started moto_server at {awsEndpoint} (pid {moto.ProcessId})");
            }
            var registry = await LocalRegistry.StartAsync(options.StateDirectory, ct);
            log($"Started docker-registry at 127.0.0.1:{registry.Port} (pid {registry.ProcessId})");

            var state = new LocalCloudState(moto, registry, awsEndpoint);
            state.Write(StatePath(options.StateDirectory));
            return new LocalCloudServers(options, state, log);
        }
        catch
        {
            if (moto is not null) ServerProcess.Stop(moto.ProcessId);
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
            log($"Keeping the local cloud for the next run: AWS at {state.AwsEndpointUrl}, registry at 127.0.0.1:{state.Registry.Port}");
        else
            Stop();
        return ValueTask.CompletedTask;
    }

    void Stop()
    {
        foreach (var server in new[] { state.Moto, state.Registry }.OfType<LocalServer>())
        {
            ServerProcess.Stop(server.ProcessId);
            log($"Stopped {server.Name} (pid {server.ProcessId})");
        }
        File.Delete(StatePath(options.StateDirectory));
    }

    static async Task<bool> IsHealthyAsync(LocalCloudState state, CancellationToken ct) =>
        new[] { state.Moto, state.Registry }.OfType<LocalServer>().All(s => ServerProcess.IsRunning(s.ProcessId))
        && await Readiness.AnswersAsync($"http://127.0.0.1:{state.Registry.Port}/v2/", ct)
        && (state.Moto is null || await Readiness.AnswersAsync(MotoServer.Url(state.Moto.Port) + "/moto-api/", ct));
}
