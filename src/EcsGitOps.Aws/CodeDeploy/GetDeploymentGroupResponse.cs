namespace EcsGitOps.Aws.CodeDeploy;

public sealed record GetDeploymentGroupResponse
{
    public DeploymentGroupInfo? DeploymentGroupInfo { get; init; }
}
