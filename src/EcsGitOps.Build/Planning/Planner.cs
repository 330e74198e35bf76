using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Definition;

namespace EcsGitOps.Build.Planning;

/// <summary>
/// Decides what runs and in which order, before anything runs. A target skipped by --skip or by a false static
/// condition does not pull in its dependencies or triggers: like NUKE, they are skipped too, unless a target that
/// does run also needs them.
/// </summary>
internal static class Planner
{
    /// <param name="skip">Null: skip nothing; empty: skip all but the invoked targets; otherwise the targets to skip.</param>
    public static ExecutionPlan Plan(TargetGraph graph, IReadOnlyList<string> invoked, IReadOnlyList<string>? skip)
    {
        var roots = invoked.Select(n => graph.Find(n).Name).Distinct().ToList();
        var skipped = skip?.Select(n => graph.Find(n).Name).ToHashSet();
        string? SkippedByOption(string name) =>
            skipped is null ? null : (skipped.Count == 0 ? !roots.Contains(name) : skipped.Contains(name)) ? "--skip" : null;

        var active = new HashSet<string>();
        var reasons = new Dictionary<string, string>();
        var reached = new HashSet<string>(roots);
        var queue = new Queue<string>(roots);
        while (queue.TryDequeue(out var name))
        {
            if ((SkippedByOption(name) ?? FalseCondition(graph[name])) is { } reason)
            {
                reasons[name] = reason;
                continue;
            }
            active.Add(name);
            foreach (var next in graph.Pulls(name).Where(reached.Add)) queue.Enqueue(next);
        }

        foreach (var skippedTarget in reasons.Keys.OrderBy(n => graph[n].Index).ToList())
            foreach (var name in Closure(graph, skippedTarget).Where(n => !active.Contains(n) && !reasons.ContainsKey(n)))
                reasons[name] = SkippedByOption(name) ?? $"only needed by skipped {skippedTarget}";

        return new ExecutionPlan(roots, [.. graph.Order(active.Concat(reasons.Keys)).Select(t => new PlannedTarget(t, reasons.GetValueOrDefault(t.Name)))]);
    }

    static string? FalseCondition(TargetSpec target)
    {
        foreach (var condition in target.StaticConditions)
        {
            bool holds;
            try
            {
                holds = condition.Evaluate();
            }
            catch (Exception e)
            {
                throw new UsageException($"Condition '{condition.Text}' of target {target.Name} threw {e.GetType().Name}: {e.Message}");
            }
            if (!holds) return condition.Text;
        }
        return null;
    }

    static IEnumerable<string> Closure(TargetGraph graph, string start)
    {
        var seen = new HashSet<string> { start };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var name))
            foreach (var next in graph.Pulls(name).Where(seen.Add))
            {
                queue.Enqueue(next);
                yield return next;
            }
    }
}
