namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualServiceStatus
{
    public string? Status { get; init; }
}
