namespace EcsGitOps.Aws.CodeDeploy;

public sealed record ListDeploymentTargetsResponse
{
    public IReadOnlyList<string>? TargetIds { get; init; }

    public string? NextToken { get; init; }
}
