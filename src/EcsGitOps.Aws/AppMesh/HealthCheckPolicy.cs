namespace EcsGitOps.Aws.AppMesh;

public sealed record HealthCheckPolicy
{
    public int? HealthyThreshold { get; init; }

    public long? IntervalMillis { get; init; }

    public string? Path { get; init; }

    public int? Port { get; init; }

    public string? Protocol { get; init; }

    public long? TimeoutMillis { get; init; }

    public int? UnhealthyThreshold { get; init; }
}
