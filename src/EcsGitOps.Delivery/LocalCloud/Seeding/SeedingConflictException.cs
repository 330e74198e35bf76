namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>A resource seeding would create exists in a shape it cannot take over; the seeder adds template and resource.</summary>
sealed class SeedingConflictException(string message) : Exception(message);
