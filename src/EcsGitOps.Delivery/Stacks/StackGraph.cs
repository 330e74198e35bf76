namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// The stacks of infra/stacks.json in deployment order, derived from what each template exports and imports
/// (<c>Fn::ImportValue</c>): a stack waits for the stacks whose exports it imports. Stacks in one wave do not
/// depend on each other and can deploy at the same time.
/// </summary>
public sealed class StackGraph
{
    StackGraph(IReadOnlyList<StackGraphNode> nodes) => (Nodes, Waves) = (nodes, Layer(nodes));

    /// <summary>Every stack, in manifest order.</summary>
    public IReadOnlyList<StackGraphNode> Nodes { get; }

    /// <summary>Deployment waves: each wave's stacks depend only on stacks of earlier waves.</summary>
    public IReadOnlyList<IReadOnlyList<StackGraphNode>> Waves { get; }

    public StackGraphNode this[string name] =>
        Nodes.FirstOrDefault(n => n.Name == name)
        ?? throw new StackGraphException($"no stack '{name}' in the stack manifest (stacks: {string.Join(", ", Nodes.Select(n => n.Name))})");

    public static async Task<StackGraph> LoadAsync(string manifestPath, CancellationToken cancellationToken)
    {
        var manifest = await StackGraphManifest.LoadAsync(manifestPath, cancellationToken);
        var directory = Path.GetDirectoryName(Path.GetFullPath(manifestPath))!;
        var stacks = new List<Unlinked>();
        foreach (var stack in manifest.Stacks)
        {
            var template = await StackGraphTemplate.LoadAsync(Path.Combine(directory, stack.Template), cancellationToken);
            stacks.Add(Read(manifest, stack, template));
        }
        return new(Link(manifest, stacks));
    }

    /// <summary>Only the named stacks and everything they depend on, e.g. to deploy the service without the pipeline.</summary>
    public StackGraph Select(params IEnumerable<string> names)
    {
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(names.Select(n => this[n].Name));
        while (pending.TryPop(out var name))
            if (wanted.Add(name))
                foreach (var dependency in this[name].DependsOn)
                    pending.Push(dependency);
        return new([.. Nodes.Where(n => wanted.Contains(n.Name))]);
    }

    sealed record Unlinked(StackGraphManifest.Stack Entry, StackGraphNode Node, List<(string Name, string Location)> Imports);

    static Unlinked Read(StackGraphManifest manifest, StackGraphManifest.Stack entry, StackGraphTemplate template)
    {
        if (!template.Root.ContainsKey("Resources"))
            throw new StackGraphException(
                $"{manifest.Shown}:{manifest.LineOfStack(entry.Name)}: stack '{entry.Name}' names {entry.Template}, which has no Resources section: "
                + "point the stack at its CloudFormation template");
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in manifest.Parameters.Where(p => template.Parameters.ContainsKey(p.Key)))
            parameters[key] = value;
        foreach (var (key, value) in entry.Parameters ?? new Dictionary<string, string>())
            parameters[key] = template.Parameters.ContainsKey(key)
                ? value
                : throw new StackGraphException(
                    $"{manifest.Shown}:{manifest.LineOf(entry.Name, key, value)}: stack '{entry.Name}' sets parameter {key}, which {entry.Template} does not declare");
        if (template.Parameters.Keys.FirstOrDefault(p => !parameters.ContainsKey(p) && template.DefaultOf(p) is null) is { } missing)
            throw new StackGraphException(
                $"{manifest.Shown}:{manifest.LineOfStack(entry.Name)}: stack '{entry.Name}' gives no value for parameter {missing}, which {entry.Template} requires: add it to the stack's parameters");

        foreach (var kept in entry.KeepOnUpdate ?? [])
            if (!template.Parameters.ContainsKey(kept))
                throw new StackGraphException(
                    $"{manifest.Shown}:{manifest.LineOfKept(entry.Name, kept)}: stack '{entry.Name}' keeps parameter {kept} on update, which {entry.Template} does not declare: " +
                    "list only the template's parameters in keepOnUpdate");

        var shell = new StackGraphNode(entry.Name, template.Path, parameters, [], [], [])
        {
            Template = template,
            Manifest = manifest,
            KeepOnUpdate = (entry.KeepOnUpdate ?? []).ToHashSet(StringComparer.Ordinal),
        };
        var lookup = shell.Lookup(parameters, shell.StackNameFrom(parameters.GetValueOrDefault(StackGraphNode.EnvironmentParameter)
            ?? template.DefaultOf(StackGraphNode.EnvironmentParameter)));
        var exports = StackGraphNode.ExportExpressions(template).Select(e => StackGraphNames.Resolve(e.Expression, lookup)
            ?? throw Unknowable(entry, $"Outputs.{e.Output}.Export.Name")).ToList();
        var imports = StackGraphNames.Imports(template.Root).Select(i => (StackGraphNames.Resolve(i.Argument, lookup)
            ?? throw Unknowable(entry, i.Location), i.Location)).ToList();
        return new(entry, shell with { Exports = exports, Imports = [.. imports.Select(i => i.Item1).Distinct()] }, imports);
    }

    static StackGraphException Unknowable(StackGraphManifest.Stack entry, string location) =>
        new($"{entry.Template}: {location} builds an export name from something known only after deployment: "
            + "build it from parameters with !Sub so the deployment order can be worked out");

    static List<StackGraphNode> Link(StackGraphManifest manifest, List<Unlinked> stacks)
    {
        var exporters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var stack in stacks)
            foreach (var export in stack.Node.Exports)
                if (!exporters.TryAdd(export, stack.Node.Name) && exporters[export] != stack.Node.Name)
                    throw new StackGraphException(
                        $"{manifest.Shown}: stacks '{exporters[export]}' and '{stack.Node.Name}' both export '{export}': export names are unique per region");

        return stacks.Select(stack =>
        {
            var dependsOn = new List<string>();
            foreach (var (import, location) in stack.Imports)
            {
                var exporter = exporters.GetValueOrDefault(import)
                    ?? throw new StackGraphException(
                        $"{stack.Entry.Template}: {location} imports '{import}', which no stack in {manifest.Shown} exports: add the exporting stack to the manifest");
                if (exporter == stack.Node.Name)
                    throw new StackGraphException($"{stack.Entry.Template}: {location} imports '{import}' from its own stack: use !Ref or !GetAtt instead");
                dependsOn.Add(exporter);
            }
            foreach (var listed in stack.Entry.DependsOn ?? [])
                dependsOn.Add(stacks.Any(s => s.Node.Name == listed)
                    ? listed
                    : throw new StackGraphException($"{manifest.Shown}: stack '{stack.Node.Name}' depends on '{listed}', which is not in the manifest"));
            return stack.Node with { DependsOn = [.. dependsOn.Distinct()] };
        }).ToList();
    }

    // Kahn's algorithm, one layer at a time; manifest order within a wave keeps the result stable.
    static IReadOnlyList<IReadOnlyList<StackGraphNode>> Layer(IReadOnlyList<StackGraphNode> nodes)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var waves = new List<IReadOnlyList<StackGraphNode>>();
        while (done.Count < nodes.Count)
        {
            var wave = nodes.Where(n => !done.Contains(n.Name) && n.DependsOn.All(done.Contains)).ToList();
            if (wave.Count == 0)
                throw new StackGraphException($"circular dependency between stacks (a -> b: a imports from b): {Cycle(nodes, done)}: move one of the exports");
            waves.Add(wave);
            done.UnionWith(wave.Select(n => n.Name));
        }
        return waves;
    }

    static string Cycle(IReadOnlyList<StackGraphNode> nodes, HashSet<string> done)
    {
        var byName = nodes.ToDictionary(n => n.Name);
        var path = new List<string>();
        var current = nodes.First(n => !done.Contains(n.Name)).Name;
        while (!path.Contains(current))
        {
            path.Add(current);
            current = byName[current].DependsOn.First(d => !done.Contains(d));
        }
        return string.Join(" -> ", path.Skip(path.IndexOf(current)).Append(current));
    }
}
