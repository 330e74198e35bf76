namespace EcsGitOps.Delivery.LocalCloud;

/// <param name="StateDirectory">Where the servers' logs, data and the kept cloud's state live (.nuke/temp/local-cloud).</param>
/// <param name="Keep">Leave the servers running after the build so the next run reuses them.</param>
/// <param name="AwsEndpointUrl">An AWS endpoint the user already runs (LocalStack, moto): then no moto_server is started.</param>
public sealed record LocalCloudOptions(string StateDirectory, bool Keep = false, string? AwsEndpointUrl = null);
