namespace EcsGitOps.Build.Definition;

/// <summary>A target with its relations resolved to names; <paramref name="Index"/> is its declaration order.</summary>
internal sealed record TargetSpec(string Name, int Index)
{
    public string? Description { get; init; }
    public IReadOnlyList<string> DependsOn { get; init; } = [];
    public IReadOnlyList<string> DependentFor { get; init; } = [];
    public IReadOnlyList<string> After { get; init; } = [];
    public IReadOnlyList<string> Before { get; init; } = [];
    public IReadOnlyList<string> Triggers { get; init; } = [];
    public IReadOnlyList<string> TriggeredBy { get; init; } = [];
    public IReadOnlyList<TargetCondition<bool>> StaticConditions { get; init; } = [];
    public IReadOnlyList<TargetCondition<bool>> DynamicConditions { get; init; } = [];
    public IReadOnlyList<TargetCondition<object?>> Requirements { get; init; } = [];
    public bool ProceedAfterFailure { get; init; }
    public bool AssuredAfterFailure { get; init; }
    public bool Unlisted { get; init; }
    public IReadOnlyList<string> Inputs { get; init; } = [];
    /// <summary>Values that are not files, named by their source text or the name given; read when the cache is consulted.</summary>
    public IReadOnlyList<TargetCondition<string>> InputValues { get; init; } = [];
    public IReadOnlyList<string> Outputs { get; init; } = [];
    /// <summary>Checks that what the outputs describe still holds; asked after the hashes match.</summary>
    public IReadOnlyList<TargetCondition<bool>> OutputChecks { get; init; } = [];
    /// <summary>Member names of the parameters in its cache key; null for all of them.</summary>
    public IReadOnlyList<string>? Uses { get; init; }
    public IReadOnlyList<Func<CancellationToken, Task>> Actions { get; init; } = [];

    public bool Cacheable => Inputs.Count > 0 || InputValues.Count > 0 || Outputs.Count > 0;
}
