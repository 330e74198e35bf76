namespace EcsGitOps.Aws.CodeDeploy;

public sealed record GetDeploymentRequest
{
    public required string DeploymentId { get; init; }
}
