using System.Text.RegularExpressions;

namespace EcsGitOps.Build.Definition;

/// <summary>A condition or requirement with the source text it was written as, minus the leading <c>() =></c>.</summary>
internal sealed partial record TargetCondition<T>(Func<T> Evaluate, string Text)
{
    public static TargetCondition<T> From(Func<T> evaluate, string? text) =>
        new(evaluate, Whitespace().Replace(Lambda().Replace(text ?? "condition", ""), " ").Trim());

    [GeneratedRegex(@"^\s*\(\s*\)\s*=>\s*")]
    private static partial Regex Lambda();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
