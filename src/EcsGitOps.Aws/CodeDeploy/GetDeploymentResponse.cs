namespace EcsGitOps.Aws.CodeDeploy;

public sealed record GetDeploymentResponse
{
    public DeploymentInfo? DeploymentInfo { get; init; }
}
