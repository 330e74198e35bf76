namespace EcsGitOps.Aws.AppMesh;

public sealed record HttpTimeout
{
    public Duration? Idle { get; init; }

    public Duration? PerRequest { get; init; }
}
