namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>Every resource seeding looked at, in the order it handled them.</summary>
public sealed record SeedingSummary(IReadOnlyList<SeededResource> Resources)
{
    public IReadOnlyList<SeededResource> Created => Having(SeedingOutcome.Created);

    public IReadOnlyList<SeededResource> AlreadySeeded => Having(SeedingOutcome.AlreadySeeded);

    public IReadOnlyList<SeededResource> NotSeeded => Having(SeedingOutcome.NotSeeded);

    IReadOnlyList<SeededResource> Having(SeedingOutcome outcome) => [.. Resources.Where(r => r.Outcome == outcome)];
}
