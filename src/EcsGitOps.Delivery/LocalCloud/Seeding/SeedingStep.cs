namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>What seeding one resource did, and what later expressions may read from it (null when it was not seeded).</summary>
sealed record SeedingStep(SeedingOutcome Outcome, string Name, SeededAttributes? Attributes, string? Reason = null);
