namespace EcsGitOps.Delivery.Deployments;

/// <summary>Gets a rendered task definition running on a service: codedeploy, ecs or task-set.</summary>
public interface IDeploymentStrategy
{
    DeploymentStrategyKind Kind { get; }

    /// <summary>Follows the deployment to its end. Cancellation stops it and rolls back, and returns that outcome;
    /// a deployment the platform rolled back by itself is <see cref="DeploymentStatus.RolledBack"/>, never success.</summary>
    Task<DeploymentOutcome> DeployAsync(DeploymentContext context, CancellationToken cancellationToken);
}
