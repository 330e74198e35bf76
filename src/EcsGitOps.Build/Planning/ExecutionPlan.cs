namespace EcsGitOps.Build.Planning;

internal sealed record ExecutionPlan(IReadOnlyList<string> Invoked, IReadOnlyList<PlannedTarget> Targets)
{
    public ExecutionPlan SkipSucceeded(IReadOnlySet<string> succeeded, string reason) =>
        this with { Targets = [.. Targets.Select(t => t.SkipReason is null && succeeded.Contains(t.Name) ? t with { SkipReason = reason } : t)] };
}
