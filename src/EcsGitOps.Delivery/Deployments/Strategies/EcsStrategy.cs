using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>
/// <c>--strategy ecs</c>: ECS's own blue/green, linear or canary deployment (deployment controller ECS), followed to its
/// end. A deployment ECS rolled back is a failure, reported with the reasons its tasks stopped.
/// </summary>
public sealed class EcsStrategy : IDeploymentStrategy
{
    private readonly EcsClient _ecs;
    private readonly EcsStrategyOptions _options;
    private readonly TimeProvider _time;

    public EcsStrategy(EcsClient ecs, EcsStrategyOptions options, TimeProvider time)
    {
        if (options.Strategy is { } strategy && !EcsStrategyOptions.Strategies.Contains(strategy))
            throw new InvalidOptionException("--ecs-strategy", strategy, $"use {string.Join(", ", EcsStrategyOptions.Strategies)}");
        if (options.PollInterval < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.PollInterval, $"{nameof(options.PollInterval)} must not be negative");
        (_ecs, _options, _time) = (ecs, options, time);
    }

    public DeploymentStrategyKind Kind => DeploymentStrategyKind.Ecs;

    /// <exception cref="RolloutInProgressException">The service already has a deployment in progress and no resume was asked.</exception>
    public async Task<DeploymentOutcome> DeployAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await new EcsServiceDeployment(_ecs, _options, _time, context).RunAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AwsServiceException or DeploymentFailedException)
        {
            return DeploymentOutcome.Failed(e.Message);
        }
    }
}
