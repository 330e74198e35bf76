namespace EcsGitOps.Aws.CodeDeploy;

public sealed record BlueGreenDeploymentConfiguration
{
    public BlueInstanceTerminationOption? TerminateBlueInstancesOnDeploymentSuccess { get; init; }

    public DeploymentReadyOption? DeploymentReadyOption { get; init; }
}
