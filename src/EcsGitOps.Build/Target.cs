namespace EcsGitOps.Build;

/// <summary>A target as NUKE writes it: <c>Target Compile => _ => _.DependsOn(Restore).Executes(...)</c>.</summary>
public delegate ITargetDefinition Target(ITargetDefinition definition);
