using System.Collections;
using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Parameters;

namespace EcsGitOps.Build.Planning;

internal static class Requirements
{
    /// <summary>Fails when a target that is to run requires a parameter that is null or empty, naming every one missing.</summary>
    public static void Check(ExecutionPlan plan, IReadOnlyList<ParameterMember> parameters)
    {
        var missing = plan.Targets.Where(t => t.SkipReason is null)
            .SelectMany(t => t.Target.Requirements.Where(r => IsEmpty(r.Evaluate())).Select(r => Message(t.Name, r.Text, parameters)))
            .ToList();
        if (missing.Count > 0) throw new UsageException(string.Join("\n", missing));
    }

    static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string text => string.IsNullOrWhiteSpace(text),
        IEnumerable items => !items.Cast<object?>().Any(),
        _ => false,
    };

    static string Message(string target, string text, IReadOnlyList<ParameterMember> parameters) =>
        parameters.FirstOrDefault(p => p.MemberName == text || p.Name == text) is { } p
            ? $"Target {target} requires {p.CliName}: pass {p.CliName} <value>, set {p.EnvironmentName}, or add \"{p.Name}\" to .nuke/parameters.json."
            : $"Target {target} requires {text}, which is empty: set it before running {target}.";
}
