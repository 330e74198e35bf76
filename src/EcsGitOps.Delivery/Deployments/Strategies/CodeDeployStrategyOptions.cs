namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Settings of <c>--strategy codedeploy</c>.</summary>
/// <param name="AppSpec">The rendered AppSpec (YAML or JSON); <c>&lt;TASK_DEFINITION&gt;</c> in it becomes the registered ARN.</param>
public sealed record CodeDeployStrategyOptions(string Application, string DeploymentGroup, string AppSpec)
{
    /// <summary>e.g. CodeDeployDefault.ECSCanary10Percent5Minutes; null uses the deployment group's own.</summary>
    public string? DeploymentConfigName { get; init; }

    /// <summary>How often the deployment and its lifecycle events are read while it runs.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a stop with rollback that this tool asked for may take to finish.</summary>
    public TimeSpan RollbackTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
