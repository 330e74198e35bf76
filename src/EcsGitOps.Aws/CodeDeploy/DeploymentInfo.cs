namespace EcsGitOps.Aws.CodeDeploy;

public sealed record DeploymentInfo
{
    public string? ApplicationName { get; init; }

    public string? DeploymentGroupName { get; init; }

    public string? DeploymentConfigName { get; init; }

    public string? DeploymentId { get; init; }

    public RevisionLocation? PreviousRevision { get; init; }

    public RevisionLocation? Revision { get; init; }

    public string? Status { get; init; }

    public ErrorInformation? ErrorInformation { get; init; }

    public DateTimeOffset? CreateTime { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? CompleteTime { get; init; }

    public DeploymentOverview? DeploymentOverview { get; init; }

    public string? Description { get; init; }

    public string? Creator { get; init; }

    public AutoRollbackConfiguration? AutoRollbackConfiguration { get; init; }

    public RollbackInfo? RollbackInfo { get; init; }

    public DeploymentStyle? DeploymentStyle { get; init; }

    public BlueGreenDeploymentConfiguration? BlueGreenDeploymentConfiguration { get; init; }

    public LoadBalancerInfo? LoadBalancerInfo { get; init; }

    public string? AdditionalDeploymentStatusInfo { get; init; }

    public IReadOnlyList<string>? DeploymentStatusMessages { get; init; }

    public string? ComputePlatform { get; init; }
}
