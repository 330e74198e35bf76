namespace EcsGitOps.Aws.CodeDeploy;

public sealed record CreateDeploymentRequest
{
    public required string ApplicationName { get; init; }

    public string? DeploymentGroupName { get; init; }

    public RevisionLocation? Revision { get; init; }

    public string? DeploymentConfigName { get; init; }

    public string? Description { get; init; }

    public AutoRollbackConfiguration? AutoRollbackConfiguration { get; init; }

    public AlarmConfiguration? OverrideAlarmConfiguration { get; init; }
}
