namespace EcsGitOps.Aws.CodeDeploy;

public sealed record LastDeploymentInfo
{
    public string? DeploymentId { get; init; }

    public string? Status { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public DateTimeOffset? CreateTime { get; init; }
}
