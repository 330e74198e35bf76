using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Definition;

namespace EcsGitOps.Build.Planning;

/// <summary>
/// The relations between targets, each seen from the target it constrains. DependsOn, DependentFor, Triggers and
/// TriggeredBy pull targets into a plan; After and Before only order them.
/// </summary>
internal sealed class TargetGraph
{
    readonly Dictionary<string, TargetSpec> byName;
    readonly Dictionary<string, List<string>> dependencies = [], triggered = [], triggeredBy = [], predecessors = [];

    public TargetGraph(IReadOnlyList<TargetSpec> targets)
    {
        Targets = targets;
        byName = targets.ToDictionary(t => t.Name, StringComparer.OrdinalIgnoreCase);
        foreach (var target in targets)
        {
            foreach (var name in target.DependsOn) Link(dependencies, target.Name, name);
            foreach (var name in target.DependentFor) Link(dependencies, name, target.Name);
            foreach (var name in target.Triggers) Link(triggered, target.Name, name);
            foreach (var name in target.TriggeredBy) Link(triggered, name, target.Name);
            foreach (var name in target.After) Link(predecessors, target.Name, name);
            foreach (var name in target.Before) Link(predecessors, name, target.Name);
        }
        foreach (var (from, to) in triggered) to.ForEach(t => Link(triggeredBy, t, from));
        foreach (var (from, to) in dependencies.Concat(triggeredBy)) to.ForEach(t => Link(predecessors, from, t));
        ThrowOnCycle();
    }

    public IReadOnlyList<TargetSpec> Targets { get; }

    public TargetSpec this[string name] => byName[name];

    /// <summary>The target of that name, ignoring case; otherwise an error listing the closest names first.</summary>
    public TargetSpec Find(string name) => byName.TryGetValue(name, out var target) ? target
        : throw new UsageException($"Unknown target '{name}'. Available: {string.Join(", ", Suggestions.Closest(name, Targets.Where(t => !t.Unlisted).Select(t => t.Name)))}.");

    /// <summary>What the target depends on, directly: DependsOn and the DependentFor of others.</summary>
    public IReadOnlyList<string> Dependencies(string name) => Get(dependencies, name);

    /// <summary>What running the target brings into the plan: its dependencies and the targets it triggers.</summary>
    public IEnumerable<string> Pulls(string name) => Get(dependencies, name).Concat(Get(triggered, name));

    /// <summary>Targets whose failure means this one is not run: its dependencies and the targets that trigger it.</summary>
    public IEnumerable<string> Prerequisites(string name) => Get(dependencies, name).Concat(Get(triggeredBy, name));

    /// <summary>Everything that must finish first when both are in a plan.</summary>
    public IReadOnlyList<string> Predecessors(string name) => Get(predecessors, name);

    /// <summary>Topological order of the given targets; among targets ready together, the one declared first goes first.</summary>
    public IReadOnlyList<TargetSpec> Order(IEnumerable<string> names)
    {
        var included = names.Select(n => byName[n].Name).ToHashSet();
        var waiting = included.ToDictionary(n => n, n => Predecessors(n).Count(included.Contains));
        var ready = new PriorityQueue<TargetSpec, int>(waiting.Where(w => w.Value == 0).Select(w => (byName[w.Key], byName[w.Key].Index)));
        var order = new List<TargetSpec>();
        while (ready.TryDequeue(out var target, out _))
        {
            order.Add(target);
            foreach (var next in included.Where(n => Predecessors(n).Contains(target.Name)))
                if (--waiting[next] == 0) ready.Enqueue(byName[next], byName[next].Index);
        }
        return order;
    }

    void ThrowOnCycle()
    {
        var done = new HashSet<string>();
        var path = new List<string>();
        void Visit(string name)
        {
            if (path.IndexOf(name) is var start and >= 0)
                throw new UsageException($"Circular dependency: {string.Join(" -> ", path[start..].Append(name))}");
            if (!done.Add(name)) return;
            path.Add(name);
            foreach (var next in Predecessors(name).OrderBy(n => byName[n].Index)) Visit(next);
            path.RemoveAt(path.Count - 1);
        }
        foreach (var target in Targets) Visit(target.Name);
    }

    static void Link(Dictionary<string, List<string>> relation, string from, string to)
    {
        var list = relation.TryGetValue(from, out var existing) ? existing : relation[from] = [];
        if (!list.Contains(to)) list.Add(to);
    }

    static IReadOnlyList<string> Get(Dictionary<string, List<string>> relation, string name) =>
        relation.TryGetValue(name, out var list) ? list : [];
}
