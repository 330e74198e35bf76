using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Reads an ECS service deployment: whether it ended, how, and why. A rollback is never a success.</summary>
internal static class ServiceDeploymentVerdict
{
    public static DeploymentStatus? Ended(ServiceDeployment deployment) => deployment.Status switch
    {
        "SUCCESSFUL" when deployment.Rollback is null => DeploymentStatus.Succeeded,
        "SUCCESSFUL" or "ROLLBACK_SUCCESSFUL" => DeploymentStatus.RolledBack,
        "ROLLBACK_FAILED" => DeploymentStatus.Failed,
        "STOPPED" => deployment.Rollback is null ? DeploymentStatus.Failed : DeploymentStatus.RolledBack,
        _ => null,
    };

    public static List<string> Reasons(ServiceDeployment deployment, DeploymentStatus status)
    {
        var arn = deployment.ServiceDeploymentArn;
        List<string> reasons =
        [
            status switch
            {
                DeploymentStatus.Succeeded => $"service deployment {arn} succeeded",
                DeploymentStatus.RolledBack => $"ECS rolled back service deployment {arn}",
                _ when deployment.Status == "ROLLBACK_FAILED" => $"ECS could not roll back service deployment {arn}; check the service's tasks now",
                _ => $"service deployment {arn} stopped without a rollback",
            },
        ];
        if (deployment.StatusReason is { Length: > 0 } statusReason)
            reasons.Add(statusReason);
        if (deployment.Rollback?.Reason is { Length: > 0 } rollbackReason && rollbackReason != deployment.StatusReason)
            reasons.Add($"rollback: {rollbackReason}");
        if (deployment.DeploymentCircuitBreaker is { Status: "TRIGGERED" } breaker)
            reasons.Add($"circuit breaker triggered: {breaker.FailureCount} failed tasks (threshold {breaker.Threshold})");
        if (deployment.Alarms is { TriggeredAlarmNames.Count: > 0 } alarms)
            reasons.Add($"alarms triggered: {string.Join(", ", alarms.TriggeredAlarmNames)}");
        return reasons;
    }

    /// <summary>For progress: "PRODUCTION_TRAFFIC_SHIFT, 2/2 new tasks running".</summary>
    public static string Detail(ServiceDeployment deployment)
    {
        var target = deployment.TargetServiceRevision;
        var tasks = target is null ? null : $"{target.RunningTaskCount ?? 0}/{target.RequestedTaskCount ?? 0} new tasks running";
        return string.Join(", ", new[] { deployment.LifecycleStage, tasks, deployment.StatusReason }.Where(part => part is { Length: > 0 }));
    }

    public static TrafficWeights? Weights(ServiceDeployment deployment) =>
        ReportedWeights.OnGreen(deployment.TargetServiceRevision?.RequestedProductionTrafficWeight);
}
