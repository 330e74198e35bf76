using EcsGitOps.Build.Parameters;

namespace EcsGitOps.Build.Definition;

/// <summary>What one reflection pass over a build class finds: its targets in declaration order and its parameters by name.</summary>
internal sealed record BuildModel(IReadOnlyList<TargetSpec> Targets, IReadOnlyList<ParameterMember> Parameters, Func<Target, string> NameOf);
