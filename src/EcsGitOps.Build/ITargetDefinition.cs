using System.Runtime.CompilerServices;

namespace EcsGitOps.Build;

public interface ITargetDefinition
{
    ITargetDefinition Description(string description);
    ITargetDefinition DependsOn(params Target[] targets);
    ITargetDefinition DependentFor(params Target[] targets);
    ITargetDefinition After(params Target[] targets);
    ITargetDefinition Before(params Target[] targets);
    ITargetDefinition Triggers(params Target[] targets);
    ITargetDefinition TriggeredBy(params Target[] targets);
    /// <summary>Evaluated when the plan is made; a false condition skips the target and what only it needs.</summary>
    ITargetDefinition OnlyWhenStatic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);
    /// <summary>Evaluated just before the target runs.</summary>
    ITargetDefinition OnlyWhenDynamic(Func<bool> condition, [CallerArgumentExpression(nameof(condition))] string? text = null);
    /// <summary>Fails the build before anything runs (exit 2) when the value is null or empty.</summary>
    ITargetDefinition Requires(Func<object?> parameter, [CallerArgumentExpression(nameof(parameter))] string? text = null);
    ITargetDefinition ProceedAfterFailure();
    ITargetDefinition AssuredAfterFailure();
    ITargetDefinition Unlisted();
    /// <summary>Globs relative to the root whose content decides whether the target is up to date.</summary>
    ITargetDefinition Inputs(params string[] globs);
    /// <summary>A value that is not a file (e.g. a tool's --version output), hashed with the input files when the cache checks this target, never at plan time or under --no-cache; like Inputs it makes the target cacheable, and any declared Outputs must still exist for it to be up to date.</summary>
    ITargetDefinition Inputs(Func<string> value, [CallerArgumentExpression(nameof(value))] string? name = null);
    /// <summary>Files or folders relative to the root that the target produces.</summary>
    ITargetDefinition Outputs(params string[] paths);
    /// <summary>
    /// Whether what the outputs describe still holds outside the files (an image still in the engine, say): asked only when
    /// the hashes say up to date; false, or a throw, runs the target again.
    /// </summary>
    ITargetDefinition OutputsValid(Func<bool> check, [CallerArgumentExpression(nameof(check))] string? text = null);
    /// <summary>
    /// The parameters (by member name) the target's result depends on: only their values join its Inputs in deciding
    /// whether it is up to date. Without it, every parameter's value does.
    /// </summary>
    ITargetDefinition Uses(params string[] parameters);
    ITargetDefinition Executes(Action action);
    ITargetDefinition Executes(Func<Task> action);
    ITargetDefinition Executes(Func<CancellationToken, Task> action);
}
