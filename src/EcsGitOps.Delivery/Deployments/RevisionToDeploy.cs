using System.Text.Json.Nodes;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.TaskDefinitions;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>
/// The task definition revision BlueGreenDeploy deploys for the rendered definition: the running one when they are the
/// same ("already deployed"), the one an interrupted rollout was deploying when they are the same (so `--resume
/// continue` finds its deployment), else a new revision registered from it.
/// </summary>
public static class RevisionToDeploy
{
    /// <param name="rollouts">Where the strategy records its rollouts; null for strategies that record none.</param>
    /// <param name="key">The service's rollout key, <c>cluster/service</c>.</param>
    /// <exception cref="RolloutInProgressException">Another live run holds the service.</exception>
    public static async Task<string> ChooseAsync(
        EcsClient ecs, string renderedJson, RunningRevision? running, IRolloutStateStore? rollouts, string key, Action<string> log,
        CancellationToken cancellationToken)
    {
        if (running is not null && !TaskDefinitionDiff.Compare(running.TaskDefinitionJson, renderedJson).HasChanges)
        {
            log($"The rendered task definition is the running {running.TaskDefinitionArn}: nothing to register.");
            return running.TaskDefinitionArn;
        }
        if (rollouts is not null && await InterruptedAsync(ecs, rollouts, key, cancellationToken).ConfigureAwait(false) is { } interrupted
            && !TaskDefinitionDiff.Compare(interrupted.Json, renderedJson).HasChanges)
        {
            log($"The rendered task definition is {interrupted.Arn}, which an interrupted rollout of {key} was deploying: nothing to register.");
            return interrupted.Arn;
        }
        var registered = await ecs.RegisterTaskDefinitionAsync(JsonNode.Parse(renderedJson)!.AsObject(), cancellationToken).ConfigureAwait(false);
        var arn = registered.TaskDefinition?.TaskDefinitionArn
            ?? throw new InvalidOperationException("RegisterTaskDefinition returned no ARN: see the request above.");
        log($"Registered {arn}");
        return arn;
    }

    /// The task definition of the service's unfinished rollout; the task-set strategy records it as the deployment's id.
    private static async Task<(string Arn, string Json)?> InterruptedAsync(
        EcsClient ecs, IRolloutStateStore store, string key, CancellationToken cancellationToken)
    {
        var recorded = await store.ReadRecordedAsync(key, cancellationToken).ConfigureAwait(false);
        if (recorded is not { IsActive: true, DeploymentId: var arn } || !arn.StartsWith("arn:", StringComparison.Ordinal))
            return null;
        var described = await ecs.DescribeTaskDefinitionAsync(new DescribeTaskDefinitionRequest { TaskDefinition = arn }, cancellationToken)
            .ConfigureAwait(false);
        return described.RawTaskDefinition is { } raw ? (arn, raw.ToJsonString()) : null;
    }
}
