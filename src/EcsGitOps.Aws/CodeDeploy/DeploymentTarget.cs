namespace EcsGitOps.Aws.CodeDeploy;

public sealed record DeploymentTarget
{
    public string? DeploymentTargetType { get; init; }

    public ECSTarget? EcsTarget { get; init; }
}
