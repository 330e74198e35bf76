namespace EcsGitOps.Aws.CodeDeploy;

public sealed record DeploymentStyle
{
    public string? DeploymentType { get; init; }

    public string? DeploymentOption { get; init; }
}
