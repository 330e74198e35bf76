namespace EcsGitOps.Aws.CodeDeploy;

public sealed record ECSService
{
    public string? ServiceName { get; init; }

    public string? ClusterName { get; init; }
}
