using EcsGitOps.Aws.CodeDeploy;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>One reading of a CodeDeploy deployment and its ECS target: status, current hook, traffic, failures.</summary>
internal sealed record CodeDeployView(DeploymentInfo Info, ECSTarget? Target)
{
    public string Id => Info.DeploymentId ?? "?";

    public string Status => Info.Status ?? "Unknown";

    public bool HasEnded => Status is "Succeeded" or "Failed" or "Stopped";

    /// <summary>Before these, CodeDeploy has no targets to list.</summary>
    public static bool HasTargets(string? status) => status is not ("Created" or "Queued");

    private IReadOnlyList<LifecycleEvent> Events => Target?.LifecycleEvents ?? [];

    /// <summary>"AfterAllowTestTraffic failed: ScriptFailed: ..." for the first lifecycle event that failed.</summary>
    public string? FailedHook => Events.FirstOrDefault(hook => hook.Status == "Failed") is { } failed
        ? $"lifecycle event {failed.LifecycleEventName} failed" +
          (failed.Diagnostics is { } diagnostics ? $": {diagnostics.ErrorCode}: {diagnostics.Message}" : "")
        : null;

    /// <summary>The share of traffic CodeDeploy reports on the replacement (Green) task set.</summary>
    public TrafficWeights? Weights
    {
        get
        {
            var taskSets = Target?.TaskSetsInfo ?? [];
            if (taskSets.FirstOrDefault(taskSet => taskSet.TaskSetLabel == "Green")?.TrafficWeight is { } green)
                return ReportedWeights.OnGreen(green);
            return taskSets.FirstOrDefault(taskSet => taskSet.TaskSetLabel == "Blue")?.TrafficWeight is { } blue
                ? ReportedWeights.OnGreen(100 - blue)
                : null;
        }
    }

    /// <summary>For progress: "hook AllowTraffic InProgress".</summary>
    public string? Detail
    {
        get
        {
            var hook = Events.FirstOrDefault(e => e.Status == "InProgress") ?? Events.LastOrDefault(e => e.Status is "Succeeded" or "Failed");
            var parts = new[]
            {
                hook is null ? null : $"hook {hook.LifecycleEventName} {hook.Status}",
                Info.ErrorInformation is { } error ? $"{error.Code}: {error.Message}" : null,
            }.Where(part => part is not null).ToList();
            return parts.Count == 0 ? null : string.Join("; ", parts);
        }
    }

    /// <summary>What progress is reported on: a new value of this is a change worth showing.</summary>
    public string Seen => $"{Status}|{Detail}|{Weights}";

    public List<string> Reasons()
    {
        List<string> reasons = [$"CodeDeploy deployment {Id} {Status.ToLowerInvariant()}"];
        if (Info.ErrorInformation is { } error)
            reasons.Add($"{error.Code}: {error.Message}");
        if (FailedHook is { } hook)
            reasons.Add(hook);
        if (Info.RollbackInfo?.RollbackMessage is { Length: > 0 } message)
            reasons.Add(message);
        return reasons;
    }
}
