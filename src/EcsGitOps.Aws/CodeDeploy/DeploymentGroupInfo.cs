namespace EcsGitOps.Aws.CodeDeploy;

public sealed record DeploymentGroupInfo
{
    public string? ApplicationName { get; init; }

    public string? DeploymentGroupId { get; init; }

    public string? DeploymentGroupName { get; init; }

    public string? DeploymentConfigName { get; init; }

    public string? ServiceRoleArn { get; init; }

    public AlarmConfiguration? AlarmConfiguration { get; init; }

    public AutoRollbackConfiguration? AutoRollbackConfiguration { get; init; }

    public DeploymentStyle? DeploymentStyle { get; init; }

    public BlueGreenDeploymentConfiguration? BlueGreenDeploymentConfiguration { get; init; }

    public LoadBalancerInfo? LoadBalancerInfo { get; init; }

    public string? ComputePlatform { get; init; }

    public IReadOnlyList<ECSService>? EcsServices { get; init; }
}
