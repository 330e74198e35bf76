namespace EcsGitOps.Build.Caching;

/// <summary>Hashes only: what a target's last successful run saw.</summary>
internal sealed record CacheEntry(string Inputs, string Parameters, string? Outputs);
