namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>What seeding did with one resource a template declares.</summary>
/// <param name="Name">The resource's name in its service (mesh, route, alarm name); null when it was not seeded.</param>
/// <param name="Reason">Why a resource was not seeded.</param>
public sealed record SeededResource(
    string Stack, string LogicalId, string Type, string? Name, SeedingOutcome Outcome, string? Reason = null)
{
    /// <summary>Declared properties the local cloud goes without because its AWS client does not model them.</summary>
    public IReadOnlyList<string> Omitted { get; init; } = [];

    public string Describe() => $"{Type} {Name ?? LogicalId} ({Stack}): " + Outcome switch
    {
        SeedingOutcome.Created => "created",
        SeedingOutcome.AlreadySeeded => "already seeded",
        _ => $"not seeded ({Reason})",
    } + (Omitted.Count == 0 ? "" : $", without {string.Join(", ", Omitted)}");
}
