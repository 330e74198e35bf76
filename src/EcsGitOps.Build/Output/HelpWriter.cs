using EcsGitOps.Build.Definition;
using EcsGitOps.Build.Parameters;
using EcsGitOps.Build.Planning;

namespace EcsGitOps.Build.Output;

/// <summary>--help: listed targets in plan order with their direct dependencies, then parameters and options.</summary>
internal static class HelpWriter
{
    static readonly IReadOnlyList<IReadOnlyList<string>> Options =
    [
        ["--target <names>", "targets to run (or name them first, without --target)"],
        ["--skip [names]", "skip the named targets, or with no names all but the invoked ones"],
        ["--plan", "print the execution plan and write .nuke/temp/plan.html"],
        ["--root <path>", "root folder (default: nearest parent holding .nuke/)"],
        ["--verbosity <level>", "quiet, minimal, normal or verbose"],
        ["--profile <name>", "also read .nuke/parameters.<name>.json (repeatable; the later wins)"],
        ["--continue", "skip targets that succeeded in the previous identical invocation"],
        ["--no-cache", "run targets even when their inputs and outputs are unchanged"],
        ["--parallel", "run targets with no ordering between them at the same time"],
        ["--help, -h", "show this help"],
    ];

    public static IEnumerable<string> Lines(BuildModel model, TargetGraph graph, string defaultTarget, object build)
    {
        yield return "Usage: build [targets] [options] [--parameter value]";
        yield return "";
        yield return "Targets (in execution order):";
        var targets = graph.Order(graph.Targets.Select(t => t.Name)).Where(t => !t.Unlisted).Select(t => new[]
        {
            t.Name == defaultTarget ? $"{t.Name} (default)" : t.Name,
            graph.Dependencies(t.Name) is { Count: > 0 } dependencies ? "-> " + string.Join(", ", dependencies) : "",
            t.Description ?? "",
        }).ToList();
        foreach (var line in targets.Count > 0 ? TextTable.Align(targets) : []) yield return line;
        if (model.Parameters.Count > 0)
        {
            yield return "";
            yield return "Parameters:";
            foreach (var line in TextTable.Align([.. model.Parameters.Select(p => new[] { p.CliName + Placeholder(p.Type), Describe(p, model.Parameters, build) })])) yield return line;
        }
        yield return "";
        yield return "Options:";
        foreach (var line in TextTable.Align(Options)) yield return line;
    }

    static string Placeholder(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(bool) ? ""
            : target.IsEnum ? $" <{string.Join("|", Enum.GetNames(target))}>"
            : $" <{ValueConverter.TypeName(type)}>";
    }

    static string Describe(ParameterMember parameter, IReadOnlyList<ParameterMember> all, object build)
    {
        var text = parameter.Description ?? "";
        if (all.Where(parameter.ExcludesEachOther).Select(p => p.CliName).ToList() is { Count: > 0 } excluded)
            text = $"{text} (excludes {string.Join(", ", excluded)})".Trim();
        if (parameter.IsSecret) return (text + " [secret]").Trim();
        var value = ParameterMember.Format(parameter.Get(build));
        return string.IsNullOrEmpty(value) ? text : $"{text} (default: {value})".Trim();
    }
}
