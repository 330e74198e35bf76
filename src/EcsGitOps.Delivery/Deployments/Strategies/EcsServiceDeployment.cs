using System.Globalization;
using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>One run of the ecs strategy: start (or find) the service deployment, follow it, stop it if it must not go on.</summary>
internal sealed class EcsServiceDeployment(EcsClient ecs, EcsStrategyOptions options, TimeProvider time, DeploymentContext context)
{
    // Every status in which ECS is still changing the service.
    private static readonly string[] Running = ["PENDING", "IN_PROGRESS", "STOP_REQUESTED", "ROLLBACK_REQUESTED", "ROLLBACK_IN_PROGRESS"];

    private string Key => $"{context.Cluster}/{context.Service}";

    private string Target => context.TaskDefinitionArn;

    public async Task<DeploymentOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var service = await DescribeServiceAsync(cancellationToken).ConfigureAwait(false);
        var running = (await ecs.ListServiceDeploymentsAsync(
                new() { Cluster = context.Cluster, Service = context.Service, Status = Running }, cancellationToken).ConfigureAwait(false))
            .ServiceDeployments?.OrderByDescending(brief => brief.CreatedAt).FirstOrDefault();
        string arn;
        if (running?.ServiceDeploymentArn is { } runningArn)
        {
            if (context.Resume == ResumeMode.None)
                throw new RolloutInProgressException(Key, null,
                    $"Service {Key} has deployment {runningArn} in progress ({running.Status}, created " +
                    $"{running.CreatedAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "at an unknown time"}); " +
                    "wait for it to finish, or rerun with --resume to follow it or --resume rollback to stop it.");
            arn = runningArn;
            Started(arn);
            if (context.Resume == ResumeMode.RollBack)
                return await StopAsync(arn, "rolled back on request (--resume rollback)").ConfigureAwait(false);
        }
        else
        {
            if (context.Resume == ResumeMode.RollBack)
                return DeploymentOutcome.Failed($"no deployment of {Key} is in progress, so there is nothing to roll back");
            if (service.TaskDefinition == Target)
                return DeploymentOutcome.AlreadyDeployed($"{Target} is the task definition of {Key}");
            arn = await StartAsync(service, cancellationToken).ConfigureAwait(false);
            Started(arn);
        }
        using var deadline = new Deadline(context.Timeout, time, cancellationToken);
        try
        {
            return await FollowAsync(arn, deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (deadline.Token.IsCancellationRequested)
        {
            return await StopAsync(arn, deadline.Why).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            return await StopAsync(arn, $"following service deployment {arn} failed ({e.Message})").ConfigureAwait(false);
        }
    }

    private async Task<Service> DescribeServiceAsync(CancellationToken cancellationToken)
    {
        var response = await ecs.DescribeServicesAsync(new() { Cluster = context.Cluster, Services = [context.Service] }, cancellationToken)
            .ConfigureAwait(false);
        var service = response.Services?.FirstOrDefault(candidate => candidate.Status != "INACTIVE")
            ?? throw new DeploymentFailedException($"Service {Key} was not found; check the cluster and service names, or run DeployInfra first.");
        if (service.DeploymentController?.Type is { } controller and not "ECS")
            throw new DeploymentFailedException(
                $"Service {Key} uses the {controller} deployment controller, but the ecs strategy needs ECS; " +
                $"use --strategy {(controller == "EXTERNAL" ? "task-set" : "codedeploy")}.");
        return service;
    }

    private async Task<string> StartAsync(Service service, CancellationToken cancellationToken)
    {
        var updated = await ecs.UpdateServiceAsync(new()
        {
            Cluster = context.Cluster,
            Service = context.Service,
            TaskDefinition = Target,
            DeploymentConfiguration = options.ApplyTo(service.DeploymentConfiguration),
        }, cancellationToken).ConfigureAwait(false);
        if (updated.Service?.CurrentServiceDeployment is { } current)
            return current;
        var listed = await ecs.ListServiceDeploymentsAsync(new() { Cluster = context.Cluster, Service = context.Service, MaxResults = 10 },
            cancellationToken).ConfigureAwait(false);
        return listed.ServiceDeployments?.OrderByDescending(brief => brief.CreatedAt).FirstOrDefault()?.ServiceDeploymentArn
            ?? throw new DeploymentFailedException(
                $"ECS accepted the update of {Key} to {Target} but lists no service deployment for it; check the service's events.");
    }

    /// <summary>Describes the deployment until it ends, reporting each change of status, stage or traffic.</summary>
    private async Task<DeploymentOutcome> FollowAsync(string arn, CancellationToken cancellationToken)
    {
        string? last = null;
        while (true)
        {
            var described = await ecs.DescribeServiceDeploymentsAsync(new() { ServiceDeploymentArns = [arn] }, cancellationToken)
                .ConfigureAwait(false);
            var deployment = described.ServiceDeployments?.FirstOrDefault(candidate => candidate.ServiceDeploymentArn == arn)
                ?? throw new DeploymentFailedException(
                    $"ECS does not describe service deployment {arn} ({described.Failures?.FirstOrDefault()?.Reason ?? "no reason given"}).");
            var weights = ServiceDeploymentVerdict.Weights(deployment);
            var detail = ServiceDeploymentVerdict.Detail(deployment);
            var seen = $"{deployment.Status}|{detail}|{weights}";
            if (seen != last)
                Emit(new DeploymentProgressed(time.GetUtcNow(), deployment.Status ?? "UNKNOWN", detail.Length == 0 ? null : detail, weights));
            last = seen;
            if (ServiceDeploymentVerdict.Ended(deployment) is { } status)
                return await OutcomeAsync(deployment, status).ConfigureAwait(false);
            await Task.Delay(options.PollInterval, time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<DeploymentOutcome> OutcomeAsync(ServiceDeployment deployment, DeploymentStatus status)
    {
        var reasons = ServiceDeploymentVerdict.Reasons(deployment, status);
        if (status != DeploymentStatus.Succeeded)
        {
            using var bound = new Deadline(TimeSpan.FromMinutes(1), time, CancellationToken.None);
            reasons.AddRange(await StoppedTasks.ReasonsAsync(ecs, new ListTasksRequest { Cluster = context.Cluster, ServiceName = context.Service },
                Target, options.StoppedTasksShown, bound.Token).ConfigureAwait(false));
        }
        return new DeploymentOutcome(status, reasons);
    }

    /// <summary>Asks ECS to roll the deployment back and follows the rollback, even after this run was cancelled.</summary>
    private async Task<DeploymentOutcome> StopAsync(string arn, string why)
    {
        using var bound = new Deadline(options.RollbackTimeout, time, CancellationToken.None);
        try
        {
            await ecs.StopServiceDeploymentAsync(new() { ServiceDeploymentArn = arn, StopType = "ROLLBACK" }, bound.Token).ConfigureAwait(false);
        }
        catch (AwsServiceException e)
        {
            return DeploymentOutcome.Failed(why, $"stopping service deployment {arn} failed ({e.Message}); stop it with " +
                $"`aws ecs stop-service-deployment --service-deployment-arn {arn} --stop-type ROLLBACK`");
        }
        Emit(new DeploymentProgressed(time.GetUtcNow(), "ROLLBACK_REQUESTED", why, null));
        try
        {
            var outcome = await FollowAsync(arn, bound.Token).ConfigureAwait(false);
            return outcome with { Reasons = [why, .. outcome.Reasons] };
        }
        catch (Exception e) when (e is AwsServiceException or DeploymentFailedException or OperationCanceledException)
        {
            var detail = e is OperationCanceledException ? $"it had not finished within {DeploymentReport.Duration(bound.Allowed)}" : e.Message;
            return DeploymentOutcome.Failed(why, $"ECS was asked to roll back service deployment {arn}, but {detail}; " +
                "check the service's deployments");
        }
    }

    private void Started(string arn) => Emit(new DeploymentStarted(time.GetUtcNow(), Key, arn, ColourShift.BlueToGreen));

    private void Emit(RolloutEvent rolloutEvent) => context.Observer.OnEvent(rolloutEvent);
}
