namespace EcsGitOps.Aws.CodeDeploy;

public sealed record GetDeploymentGroupRequest
{
    public required string ApplicationName { get; init; }

    public required string DeploymentGroupName { get; init; }
}
