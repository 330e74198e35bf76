namespace EcsGitOps.Aws.CodeDeploy;

public sealed record CreateDeploymentResponse
{
    public string? DeploymentId { get; init; }
}
