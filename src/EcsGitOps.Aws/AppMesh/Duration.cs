namespace EcsGitOps.Aws.AppMesh;

public sealed record Duration
{
    public string? Unit { get; init; }

    public long? Value { get; init; }
}
