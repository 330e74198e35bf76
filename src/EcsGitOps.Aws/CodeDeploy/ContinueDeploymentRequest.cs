namespace EcsGitOps.Aws.CodeDeploy;

public sealed record ContinueDeploymentRequest
{
    public string? DeploymentId { get; init; }

    public string? DeploymentWaitType { get; init; }
}
