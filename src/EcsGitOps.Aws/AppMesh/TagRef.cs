namespace EcsGitOps.Aws.AppMesh;

public sealed record TagRef
{
    public string? Key { get; init; }

    public string? Value { get; init; }
}
