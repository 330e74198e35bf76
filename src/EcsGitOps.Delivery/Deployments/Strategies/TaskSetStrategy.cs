using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>
/// <c>--strategy task-set</c> (deployment controller EXTERNAL): a task set of the other colour at full scale, traffic
/// moved to it step by step through the router with analysis, then made primary while the old one drains and goes.
/// On failure traffic returns to the old colour and the new task set is deleted; an interrupted run's task set is
/// found by its colour on the next run and continued or removed.
/// </summary>
public sealed class TaskSetStrategy : IDeploymentStrategy
{
    private readonly EcsClient _ecs;
    private readonly TaskSetStrategyOptions _options;
    private readonly TimeProvider _time;

    public TaskSetStrategy(EcsClient ecs, TaskSetStrategyOptions options, TimeProvider time)
    {
        if (options.DrainTime < TimeSpan.Zero)
            throw new InvalidOptionException("--drain-time", options.DrainTime.ToString(), "must not be negative");
        if (options.PollInterval < TimeSpan.Zero)
            throw new ArgumentOutOfRangeException(nameof(options), options.PollInterval, $"{nameof(options.PollInterval)} must not be negative");
        (_ecs, _options, _time) = (ecs, options, time);
    }

    public DeploymentStrategyKind Kind => DeploymentStrategyKind.TaskSet;

    /// <exception cref="RolloutInProgressException">Another run holds the service, or left a rollout to resume first.</exception>
    public async Task<DeploymentOutcome> DeployAsync(DeploymentContext context, CancellationToken cancellationToken)
    {
        var key = $"{context.Cluster}/{context.Service}";
        var lease = await _options.Store.OpenAsync(key, cancellationToken).ConfigureAwait(false);
        await using (lease.ConfigureAwait(false))
        {
            var action = ResumePolicy.Decide(lease.Recorded, context.TaskDefinitionArn, context.Resume);
            if (action == ResumeAction.RefuseInterrupted)
                throw RolloutInProgressException.Interrupted(key, lease.Recorded!);
            if (action == ResumeAction.RefuseOtherDeployment)
                throw RolloutInProgressException.OtherDeployment(key, lease.Recorded!, context.TaskDefinitionArn);
            var deployment = new TaskSetDeployment(_ecs, _options, _time, context, new HeldLeaseStore(lease), action);
            try
            {
                return await deployment.RunAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is AwsServiceException or DeploymentFailedException)
            {
                return DeploymentOutcome.Failed(e.Message);
            }
        }
    }
}
