namespace EcsGitOps.Aws.AppMesh;

public sealed record MeshSpec
{
    public EgressFilter? EgressFilter { get; init; }
}
