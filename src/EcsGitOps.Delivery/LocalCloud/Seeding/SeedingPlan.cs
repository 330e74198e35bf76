using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// The resources of one template that seeding handles: those it leaves out, and those it creates in creation order,
/// each after what it references or depends on and otherwise by kind (a mesh before its nodes and routers, routers
/// before routes, routes before virtual services). Resources whose Condition is false are not part of the stack, and
/// ECS services without the EXTERNAL controller are CloudFormation's.
/// </summary>
sealed record SeedingPlan(IReadOnlyList<PlannedResource> NotSeeded, IReadOnlyList<PlannedResource> Seeded)
{
    public static SeedingPlan Of(StackGraphTemplate template, IntrinsicResolver resolver)
    {
        var declared = template.Resources
            .Select(r => (Id: r.Key, Definition: r.Value as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>()))
            .Select(r => new PlannedResource(r.Id, r.Definition.GetValueOrDefault("Type") as string ?? "", r.Definition))
            .Where(r => SeedableTypes.Concerns(r.Type))
            .Where(r => r.Definition.GetValueOrDefault("Condition") is not string condition
                || resolver.Condition(condition, new Site($"resource {r.LogicalId}", "Condition")))
            .Where(r => r.Type != ExternalServices.Type || ExternalServices.IsExternal(r.LogicalId, r.Definition, resolver))
            .ToList();
        return new(
            [.. declared.Where(r => !SeedableTypes.IsSeeded(r.Type))],
            Order(template, [.. declared.Where(r => SeedableTypes.IsSeeded(r.Type))]));
    }

    public static bool Concerns(StackGraphTemplate template) =>
        template.Resources.Values.Any(r => r is IReadOnlyDictionary<string, object?> d && d.GetValueOrDefault("Type") is string type
            && SeedableTypes.Concerns(type));

    static List<PlannedResource> Order(StackGraphTemplate template, List<PlannedResource> pending)
    {
        var ids = pending.Select(r => r.LogicalId).ToHashSet(StringComparer.Ordinal);
        var needs = pending.ToDictionary(r => r.LogicalId,
            r => ResourceReferences.Of(r.Definition).Where(id => ids.Contains(id) && id != r.LogicalId).ToHashSet(StringComparer.Ordinal));
        var ordered = new List<PlannedResource>();
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (pending.Count > 0)
        {
            // OrderBy is stable: among ready resources of one kind, the template's order stays.
            var next = pending.Where(r => needs[r.LogicalId].IsSubsetOf(done)).OrderBy(r => SeedableTypes.Rank(r.Type)).FirstOrDefault()
                ?? throw new LocalCloudSeedingException(
                    $"{template.Path}: resources {string.Join(", ", pending.Select(r => r.LogicalId))} reference each other in a circle: break the circle");
            ordered.Add(next);
            done.Add(next.LogicalId);
            pending.Remove(next);
        }
        return ordered;
    }
}
