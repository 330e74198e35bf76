namespace EcsGitOps.Delivery.LocalCloud;

static class MotoServer
{
    public static string Url(int port) => $"http://127.0.0.1:{port}";

    public static async Task<LocalServer> StartAsync(string stateDirectory, CancellationToken ct)
    {
        var port = FreePort.OnLoopback();
        var pid = ServerProcess.Start("moto_server", ["-H", "127.0.0.1", "-p", port.ToString()],
            Path.Combine(stateDirectory, "moto.log"),
            "pip install \"moto[server]\", or point --aws-endpoint-url at LocalStack or any AWS endpoint.");
        var server = new LocalServer("moto_server", pid, port);
        await Readiness.WaitAsync(server, Url(port) + "/moto-api/", Path.Combine(stateDirectory, "moto.log"), ct);
        return server;
    }
}
