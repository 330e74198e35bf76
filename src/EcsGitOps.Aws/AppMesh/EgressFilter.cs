namespace EcsGitOps.Aws.AppMesh;

public sealed record EgressFilter
{
    public string? Type { get; init; }
}
