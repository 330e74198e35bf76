using EcsGitOps.Build.Definition;

namespace EcsGitOps.Build.Planning;

/// <param name="SkipReason">Null when the target is to run.</param>
internal sealed record PlannedTarget(TargetSpec Target, string? SkipReason = null)
{
    public string Name => Target.Name;
}
