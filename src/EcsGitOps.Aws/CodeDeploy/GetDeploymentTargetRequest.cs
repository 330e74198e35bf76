namespace EcsGitOps.Aws.CodeDeploy;

public sealed record GetDeploymentTargetRequest
{
    public required string DeploymentId { get; init; }

    public required string TargetId { get; init; }
}
