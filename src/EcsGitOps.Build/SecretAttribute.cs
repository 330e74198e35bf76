namespace EcsGitOps.Build;

/// <summary>Marks a parameter whose value never appears in output, files or errors.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;
