namespace EcsGitOps.Build.Definition;

/// <summary>Collects what a target property declares; <see cref="BuildModelReader"/> resolves it into a <see cref="TargetSpec"/>.</summary>
internal sealed class TargetDefinition : ITargetDefinition
{
    public string? DescriptionText { get; private set; }
    public List<Target> DependsOnTargets { get; } = [];
    public List<Target> DependentForTargets { get; } = [];
    public List<Target> AfterTargets { get; } = [];
    public List<Target> BeforeTargets { get; } = [];
    public List<Target> TriggersTargets { get; } = [];
    public List<Target> TriggeredByTargets { get; } = [];
    public List<TargetCondition<bool>> StaticConditions { get; } = [];
    public List<TargetCondition<bool>> DynamicConditions { get; } = [];
    public List<TargetCondition<object?>> Requirements { get; } = [];
    public bool Proceeds { get; private set; }
    public bool Assured { get; private set; }
    public bool IsUnlisted { get; private set; }
    public List<string> InputGlobs { get; } = [];
    public List<TargetCondition<string>> InputValues { get; } = [];
    public List<string> OutputPaths { get; } = [];
    public List<TargetCondition<bool>> OutputChecks { get; } = [];
    public List<string>? UsedParameters { get; private set; }
    public List<Func<CancellationToken, Task>> Actions { get; } = [];

    public ITargetDefinition Description(string description) => Do(() => DescriptionText = description);
    public ITargetDefinition DependsOn(params Target[] targets) => Do(() => DependsOnTargets.AddRange(targets));
    public ITargetDefinition DependentFor(params Target[] targets) => Do(() => DependentForTargets.AddRange(targets));
    public ITargetDefinition After(params Target[] targets) => Do(() => AfterTargets.AddRange(targets));
    public ITargetDefinition Before(params Target[] targets) => Do(() => BeforeTargets.AddRange(targets));
    public ITargetDefinition Triggers(params Target[] targets) => Do(() => TriggersTargets.AddRange(targets));
    public ITargetDefinition TriggeredBy(params Target[] targets) => Do(() => TriggeredByTargets.AddRange(targets));
    public ITargetDefinition OnlyWhenStatic(Func<bool> condition, string? text = null) => Do(() => StaticConditions.Add(TargetCondition<bool>.From(condition, text)));
    public ITargetDefinition OnlyWhenDynamic(Func<bool> condition, string? text = null) => Do(() => DynamicConditions.Add(TargetCondition<bool>.From(condition, text)));
    public ITargetDefinition Requires(Func<object?> parameter, string? text = null) => Do(() => Requirements.Add(TargetCondition<object?>.From(parameter, text)));
    public ITargetDefinition ProceedAfterFailure() => Do(() => Proceeds = true);
    public ITargetDefinition AssuredAfterFailure() => Do(() => Assured = true);
    public ITargetDefinition Unlisted() => Do(() => IsUnlisted = true);
    public ITargetDefinition Inputs(params string[] globs) => Do(() => InputGlobs.AddRange(globs));
    public ITargetDefinition Inputs(Func<string> value, string? name = null) => Do(() => InputValues.Add(TargetCondition<string>.From(value, name)));
    public ITargetDefinition Outputs(params string[] paths) => Do(() => OutputPaths.AddRange(paths));
    public ITargetDefinition OutputsValid(Func<bool> check, string? text = null) => Do(() => OutputChecks.Add(TargetCondition<bool>.From(check, text)));
    public ITargetDefinition Uses(params string[] parameters) => Do(() => (UsedParameters ??= []).AddRange(parameters));
    public ITargetDefinition Executes(Action action) => Executes(_ => { action(); return Task.CompletedTask; });
    public ITargetDefinition Executes(Func<Task> action) => Executes(_ => action());
    public ITargetDefinition Executes(Func<CancellationToken, Task> action) => Do(() => Actions.Add(action));

    TargetDefinition Do(Action change)
    {
        change();
        return this;
    }
}
