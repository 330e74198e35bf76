namespace EcsGitOps.Aws.CodeDeploy;

public sealed record ListDeploymentTargetsRequest
{
    public required string DeploymentId { get; init; }

    public string? NextToken { get; init; }
}
