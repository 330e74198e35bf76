namespace EcsGitOps.Aws.AppMesh;

public sealed record VirtualServiceSpec
{
    public VirtualServiceProvider? Provider { get; init; }
}
