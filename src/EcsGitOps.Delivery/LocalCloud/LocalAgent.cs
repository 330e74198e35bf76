using System.Globalization;

namespace EcsGitOps.Delivery.LocalCloud;

/// <summary>Starts the local data plane (src/EcsGitOps.LocalAgent) as a server of the local cloud, as moto and the registry are.</summary>
static class LocalAgent
{
    public static string ControlUrl(int port) => $"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/";

    public static async Task<(LocalServer Agent, int ServicePort)> StartAsync(
        LocalAgentOptions options, string stateDirectory, string awsEndpointUrl, int registryPort, CancellationToken ct)
    {
        var (servicePort, controlPort) = (FreePort.OnLoopback(), FreePort.OnLoopback());
        var log = Path.Combine(stateDirectory, "agent.log");
        var pid = ServerProcess.Start("dotnet",
            [options.Assembly, "--service-port", Text(servicePort), "--control-port", Text(controlPort), "--aws-endpoint-url", awsEndpointUrl,
             "--region", options.Region, "--docker-host", options.DockerHost, "--registry", $"127.0.0.1:{Text(registryPort)}",
             "--instance", Path.GetFullPath(stateDirectory)],
            log, "install the .NET SDK");
        var agent = new LocalServer("local agent", pid, controlPort);
        await Readiness.WaitAsync(agent, ControlUrl(controlPort) + "status", log, ct);
        return (agent, servicePort);
    }

    static string Text(int port) => port.ToString(CultureInfo.InvariantCulture);
}
