namespace EcsGitOps.Aws.CodeDeploy;

public sealed record GetDeploymentTargetResponse
{
    public DeploymentTarget? DeploymentTarget { get; init; }
}
