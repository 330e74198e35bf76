namespace EcsGitOps.Aws.CodeDeploy;

public sealed record StopDeploymentResponse
{
    public string? Status { get; init; }

    public string? StatusMessage { get; init; }
}
