using EcsGitOps.Delivery.Stacks;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>What one template's expressions may read, apart from the resources seeded so far.</summary>
/// <param name="Account">Null before the stack is deployed, when only parameters and conditions are read.</param>
sealed record SeedingScope(StackGraphTemplate Template, SeedingStack Stack, CloudAccount? Account, IReadOnlyDictionary<string, string> Exports);
