namespace EcsGitOps.Aws.AppMesh;

public sealed record WeightedTarget
{
    public int? Port { get; init; }

    public string? VirtualNode { get; init; }

    public int? Weight { get; init; }
}
