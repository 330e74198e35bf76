namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>What <c>!Ref</c> and <c>!GetAtt</c> give for a resource seeding has created or found.</summary>
sealed record SeededAttributes(string Ref, IReadOnlyDictionary<string, string> Attributes);
