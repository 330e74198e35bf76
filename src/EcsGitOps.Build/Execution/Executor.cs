using EcsGitOps.Build.Planning;

namespace EcsGitOps.Build.Execution;

/// <summary>
/// Starts each planned target once everything ordered before it has finished, up to <paramref name="concurrency"/> at
/// a time (1 runs the plan in order). After a failure or cancellation only AssuredAfterFailure targets, and after a
/// failure ProceedAfterFailure targets, still start; a target whose prerequisite broke is not run.
/// </summary>
internal sealed class Executor(TargetGraph graph, TargetRunner runner, int concurrency)
{
    public async Task<IReadOnlyList<TargetResult>> RunAsync(ExecutionPlan plan, CancellationToken cancellation)
    {
        var inPlan = plan.Targets.Select(t => t.Name).ToHashSet();
        var results = new Dictionary<string, TargetResult>();
        var pending = plan.Targets.ToList();
        var running = new List<Task<TargetResult>>();
        while (pending.Count > 0 || running.Count > 0)
        {
            foreach (var planned in pending.ToList())
            {
                if (running.Count >= concurrency) break;
                if (!graph.Predecessors(planned.Name).All(p => !inPlan.Contains(p) || results.ContainsKey(p))) continue;
                pending.Remove(planned);
                if (Decide(planned, results, cancellation) is { } result) results[planned.Name] = result;
                else running.Add(Start(planned, cancellation));
            }
            if (running.Count == 0) continue;
            var finished = await Task.WhenAny(running);
            running.Remove(finished);
            var done = await finished;
            results[done.Name] = done;
        }
        return [.. plan.Targets.Select(t => results[t.Name])];
    }

    /// <summary>The result of a target that will not start, or null when it should start.</summary>
    TargetResult? Decide(PlannedTarget planned, Dictionary<string, TargetResult> results, CancellationToken cancellation)
    {
        var target = planned.Target;
        if (planned.SkipReason is { } reason) return new TargetResult(target.Name, TargetStatus.Skipped, Reason: reason);
        if (target.AssuredAfterFailure) return null;
        var broken = graph.Prerequisites(target.Name).Any(p => results.TryGetValue(p, out var r) && r.Broken);
        var failed = results.Values.Any(r => r.Status == TargetStatus.Failed);
        var stop = broken || cancellation.IsCancellationRequested || (failed && !target.ProceedAfterFailure);
        return stop ? new TargetResult(target.Name, TargetStatus.NotRun) : null;
    }

    /// <summary>Assured targets get no token: they are the clean-up that must finish even after Ctrl-C.</summary>
    Task<TargetResult> Start(PlannedTarget planned, CancellationToken cancellation)
    {
        var token = planned.Target.AssuredAfterFailure ? CancellationToken.None : cancellation;
        return concurrency == 1 ? runner.RunAsync(planned.Target, token) : Task.Run(() => runner.RunAsync(planned.Target, token), CancellationToken.None);
    }
}
