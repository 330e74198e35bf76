namespace EcsGitOps.Aws.AppMesh;

public sealed record RouteStatus
{
    public string? Status { get; init; }
}
