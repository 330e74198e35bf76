using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Deployments.Strategies;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>
/// What a service serves now: the task definition of its primary task set (EXTERNAL controller) or of the service,
/// and, for task sets, their colour. RenderTaskDef diffs against it; BlueGreenDeploy deploys nothing when it matches.
/// </summary>
/// <param name="Colour">The primary task set's colour; null for services that are not EXTERNAL.</param>
/// <param name="TaskDefinitionJson">The DescribeTaskDefinition <c>taskDefinition</c> member, as ECS returned it.</param>
public sealed record RunningRevision(Colour? Colour, string TaskDefinitionArn, string TaskDefinitionJson)
{
    /// <returns>Null when the cluster or service does not exist yet, or the service runs nothing.</returns>
    public static async Task<RunningRevision?> ReadAsync(EcsClient ecs, string cluster, string service, CancellationToken ct)
    {
        DescribeServicesResponse described;
        try
        {
            described = await ecs.DescribeServicesAsync(new() { Cluster = cluster, Services = [service] }, ct).ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "ClusterNotFoundException")
        {
            return null;
        }
        if (described.Services?.FirstOrDefault(s => s.Status == "ACTIVE") is not { } found)
            return null;

        Colour? colour = null;
        var arn = found.TaskDefinition;
        if (found.DeploymentController?.Type == "EXTERNAL")
        {
            var taskSets = await ecs.DescribeTaskSetsAsync(new() { Cluster = cluster, Service = service, Include = ["TAGS"] }, ct)
                .ConfigureAwait(false);
            var primary = taskSets.TaskSets?.FirstOrDefault(t => t.Status == ServiceTaskSets.Primary);
            (arn, colour) = (primary?.TaskDefinition, primary is null ? null : TaskSetColour.Of(primary));
        }
        if (arn is null)
            return null;
        var definition = await ecs.DescribeTaskDefinitionAsync(new() { TaskDefinition = arn }, ct).ConfigureAwait(false);
        return definition.RawTaskDefinition is { } raw ? new(colour, arn, raw.ToJsonString()) : null;
    }

    /// <summary>
    /// The colour taking traffic: the primary task set's; for the ecs and codedeploy strategies the one the last
    /// recorded deployment (artifacts/deployment.json) left serving, else blue (the stacks start the service on blue).
    /// </summary>
    /// <returns>Null when nothing runs yet.</returns>
    public static async Task<Colour?> LiveColourAsync(RunningRevision? running, string deploymentRecordPath, CancellationToken ct)
    {
        if (running is null || running.Colour is not null)
            return running?.Colour;
        if (!File.Exists(deploymentRecordPath)
            || await DeploymentRecord.ReadAsync(deploymentRecordPath, ct).ConfigureAwait(false) is not { Colours: { } colours } record)
            return Traffic.Colour.Blue;
        return record.Outcome.IsSuccess ? colours.To : colours.From;
    }
}
