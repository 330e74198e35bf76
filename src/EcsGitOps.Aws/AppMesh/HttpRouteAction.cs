namespace EcsGitOps.Aws.AppMesh;

public sealed record HttpRouteAction
{
    public IReadOnlyList<WeightedTarget>? WeightedTargets { get; init; }
}
