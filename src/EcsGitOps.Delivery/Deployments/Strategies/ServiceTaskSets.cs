using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>The task sets of one service whose deployment controller is EXTERNAL.</summary>
internal sealed class ServiceTaskSets(EcsClient ecs, string cluster, string service)
{
    public const string Primary = "PRIMARY";

    public string Name { get; } = $"{cluster}/{service}";

    public async Task EnsureExternalAsync(CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeServicesAsync(new() { Cluster = cluster, Services = [service] }, cancellationToken)
            .ConfigureAwait(false);
        var found = response.Services?.FirstOrDefault(candidate => candidate.Status != "INACTIVE")
            ?? throw new DeploymentFailedException(
                $"Service {Name} was not found; check the cluster and service names, or run DeployInfra first.");
        var controller = found.DeploymentController?.Type ?? "ECS";
        if (controller != "EXTERNAL")
            throw new DeploymentFailedException(
                $"Service {Name} uses the {controller} deployment controller, but the task-set strategy needs EXTERNAL; " +
                $"use --strategy {(controller == "CODE_DEPLOY" ? "codedeploy" : "ecs")}.");
    }

    /// <summary>The task sets that serve or can serve; a deleted task set drains for a while before it disappears.</summary>
    public async Task<IReadOnlyList<TaskSet>> ListAsync(CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeTaskSetsAsync(new() { Cluster = cluster, Service = service, Include = ["TAGS"] },
            cancellationToken).ConfigureAwait(false);
        return (response.TaskSets ?? []).Where(taskSet => taskSet.Status != "DRAINING").ToList();
    }

    public async Task<TaskSet?> FindAsync(string taskSetArn, CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeTaskSetsAsync(
            new() { Cluster = cluster, Service = service, TaskSets = [taskSetArn], Include = ["TAGS"] }, cancellationToken)
            .ConfigureAwait(false);
        return response.TaskSets?.FirstOrDefault(taskSet => taskSet.TaskSetArn == taskSetArn && taskSet.Status != "DRAINING");
    }

    public async Task<TaskSet> CreateAsync(CreateTaskSetRequest request, CancellationToken cancellationToken) =>
        (await ecs.CreateTaskSetAsync(request, cancellationToken)
            .ConfigureAwait(false)).TaskSet
        ?? throw new DeploymentFailedException($"ECS created a task set for {Name} but did not describe it; rerun the deployment.");

    /// <summary>ECS takes only the full ARN here (a task set id is refused).</summary>
    public Task MakePrimaryAsync(TaskSet taskSet, CancellationToken cancellationToken) =>
        ecs.UpdateServicePrimaryTaskSetAsync(
            new() { Cluster = cluster, Service = service, PrimaryTaskSet = taskSet.TaskSetArn! }, cancellationToken);

    /// <summary>Scales the task set to nothing and deletes it; a task set already gone is fine.</summary>
    public async Task RemoveAsync(TaskSet taskSet, CancellationToken cancellationToken)
    {
        try
        {
            await ecs.UpdateTaskSetAsync(new()
            {
                Cluster = cluster, Service = service, TaskSet = taskSet.TaskSetArn!, Scale = new Scale { Value = 0, Unit = "PERCENT" },
            }, cancellationToken).ConfigureAwait(false);
            await ecs.DeleteTaskSetAsync(
                new() { Cluster = cluster, Service = service, TaskSet = taskSet.TaskSetArn!, Force = true }, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (AwsServiceException e) when (e.ErrorCode == "TaskSetNotFoundException")
        {
        }
    }
}
