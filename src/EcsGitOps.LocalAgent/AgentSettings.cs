using System.Globalization;

namespace EcsGitOps.LocalAgent;

/// <summary>The agent's command line, written by the local cloud that starts it.</summary>
/// <param name="ServicePort">The loopback port of the service's stable URL.</param>
/// <param name="ControlPort">The loopback port the build tells the agent what to serve on, and reads its status from.</param>
/// <param name="Registry">The local registry, <c>127.0.0.1:port</c>: the only images the agent runs.</param>
/// <param name="Instance">Labels the agent's containers, so a later agent of the same local cloud removes what this one left.</param>
public sealed record AgentSettings(int ServicePort, int ControlPort, string AwsEndpointUrl, string Region, string DockerHost,
    string Registry, string Instance)
{
    public static AgentSettings Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < args.Count; i += 2)
            values[args[i]] = args[i + 1];
        string Value(string name) => values.TryGetValue(name, out var value) ? value
            : throw new ArgumentException($"missing {name}: the local cloud starts the agent with --service-port, --control-port, " +
                "--aws-endpoint-url, --region, --docker-host, --registry and --instance");
        return new AgentSettings(int.Parse(Value("--service-port"), CultureInfo.InvariantCulture),
            int.Parse(Value("--control-port"), CultureInfo.InvariantCulture), Value("--aws-endpoint-url"), Value("--region"),
            Value("--docker-host"), Value("--registry"), Value("--instance"));
    }
}
