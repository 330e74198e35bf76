namespace EcsGitOps.Delivery.LocalCloud;

/// Debian's docker-registry (the CNCF distribution registry) serving plain HTTP on loopback, which Docker trusts.
static class LocalRegistry
{
    public const string Executable = "docker-registry";

    public static async Task<LocalServer> StartAsync(string stateDirectory, CancellationToken ct)
    {
        var port = FreePort.OnLoopback();
        var storage = Path.Combine(stateDirectory, "registry");
        Directory.CreateDirectory(storage);
        var config = Path.Combine(stateDirectory, "registry.yml");
        await File.WriteAllTextAsync(config, $"""
            version: 0.1
            log:
              level: warn
            storage:
              filesystem:
                rootdirectory: {storage}
              delete:
                enabled: true
            http:
              addr: 127.0.0.1:{port}
            """, ct);

        var pid = ServerProcess.Start(Executable, ["serve", config], Path.Combine(stateDirectory, "registry.log"),
            "on Debian: apt-get install docker-registry.");
        var server = new LocalServer("docker-registry", pid, port);
        await Readiness.WaitAsync(server, $"http://127.0.0.1:{port}/v2/", Path.Combine(stateDirectory, "registry.log"), ct);
        return server;
    }
}
