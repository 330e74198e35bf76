namespace EcsGitOps.Aws.AppMesh;

public sealed record HttpRetryPolicy
{
    public IReadOnlyList<string>? HttpRetryEvents { get; init; }

    public long? MaxRetries { get; init; }

    public Duration? PerRetryTimeout { get; init; }

    public IReadOnlyList<string>? TcpRetryEvents { get; init; }
}
