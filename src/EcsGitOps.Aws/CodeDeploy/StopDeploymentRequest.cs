namespace EcsGitOps.Aws.CodeDeploy;

public sealed record StopDeploymentRequest
{
    public required string DeploymentId { get; init; }

    public bool? AutoRollbackEnabled { get; init; }
}
