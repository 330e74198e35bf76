namespace EcsGitOps.Delivery.LocalCloud;

/// <param name="StateDirectory">Where the servers' logs, data and the kept cloud's state live (.nuke/temp/local-cloud).</param>
/// <param name="Keep">Leave the servers running after the build so the next run reuses them.</param>
/// <param name="AwsEndpointUrl">An AWS endpoint the user already runs (LocalStack, moto): then no moto_server is started.</param>
/// <param name="Agent">The local data plane to start with the servers; null starts none.</param>
public sealed record LocalCloudOptions(string StateDirectory, bool Keep = false, string? AwsEndpointUrl = null, LocalAgentOptions? Agent = null);

/// <param name="Assembly">The agent's EcsGitOps.LocalAgent.dll, run with <c>dotnet</c>.</param>
/// <param name="DockerHost">The Docker engine the agent runs the tasks on.</param>
/// <param name="Region">The region the agent's AWS calls to the local cloud name.</param>
public sealed record LocalAgentOptions(string Assembly, string DockerHost, string Region);
