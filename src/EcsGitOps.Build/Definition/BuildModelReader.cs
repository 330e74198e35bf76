using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Parameters;

namespace EcsGitOps.Build.Definition;

/// <summary>
/// Reads targets and parameters in one pass. A target's identity is its lambda's method: each property is read once,
/// and the delegates passed to DependsOn and friends, though new instances, share the method of the property they read.
/// </summary>
internal static class BuildModelReader
{
    public const DynamicallyAccessedMemberTypes Members =
        DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.NonPublicProperties |
        DynamicallyAccessedMemberTypes.PublicFields | DynamicallyAccessedMemberTypes.NonPublicFields;

    const BindingFlags Instance = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static BuildModel Read(BuildBase build, [DynamicallyAccessedMembers(Members)] Type type)
    {
        var targets = new List<(string Name, Target Target)>();
        var parameters = new List<ParameterMember>();
        foreach (var property in type.GetProperties(Instance))
        {
            if (property.PropertyType == typeof(Target) && property.GetIndexParameters().Length == 0)
                targets.Add((property.Name, (Target)property.GetValue(build)!));
            else if (property.GetCustomAttribute<ParameterAttribute>() is { } attribute)
                parameters.Add(Checked(ParameterMember.From(property, attribute)));
        }
        foreach (var field in type.GetFields(Instance))
            if (field.GetCustomAttribute<ParameterAttribute>() is { } attribute)
                parameters.Add(Checked(ParameterMember.From(field, attribute)));

        var names = new Dictionary<MethodInfo, string>();
        foreach (var (name, target) in targets)
            if (!names.TryAdd(target.Method, name))
                throw new UsageException($"Targets {names[target.Method]} and {name} share one definition: give each its own `_ => _...` lambda.");
        string NameOf(Target target) => names.TryGetValue(target.Method, out var name) ? name
            : throw new UsageException($"A target passed to the build is not a Target property of {type.Name}: declare it as `Target Name => _ => _...`.");

        var specs = targets.Select((target, index) => Spec(target.Name, index, target.Target, NameOf)).ToList();
        foreach (var spec in specs)
            if (spec.Uses?.FirstOrDefault(used => parameters.All(p => p.MemberName != used)) is { } unknown)
                throw new UsageException($"Target {spec.Name} uses parameter {unknown}, which {type.Name} does not declare: pass the [Parameter] member's name, e.g. nameof(Configuration).");
        foreach (var parameter in parameters)
            if (parameter.Excludes.FirstOrDefault(excluded => excluded == parameter.MemberName || parameters.All(p => p.MemberName != excluded)) is { } unknown)
                throw new UsageException(unknown == parameter.MemberName
                    ? $"Parameter {parameter.MemberName} excludes itself: remove nameof({unknown}) from its Excludes."
                    : $"Parameter {parameter.MemberName} excludes {unknown}, which {type.Name} does not declare: pass the [Parameter] member's name, e.g. Excludes = [nameof(Other)].");
        return new BuildModel(specs, [.. parameters.OrderBy(p => p.Name, StringComparer.Ordinal)], NameOf);
    }

    static TargetSpec Spec(string name, int index, Target target, Func<Target, string> nameOf)
    {
        var definition = new TargetDefinition();
        target(definition);
        IReadOnlyList<string> Names(List<Target> targets) => [.. targets.Select(nameOf).Distinct()];
        return new TargetSpec(name, index)
        {
            Description = definition.DescriptionText,
            DependsOn = Names(definition.DependsOnTargets),
            DependentFor = Names(definition.DependentForTargets),
            After = Names(definition.AfterTargets),
            Before = Names(definition.BeforeTargets),
            Triggers = Names(definition.TriggersTargets),
            TriggeredBy = Names(definition.TriggeredByTargets),
            StaticConditions = definition.StaticConditions,
            DynamicConditions = definition.DynamicConditions,
            Requirements = definition.Requirements,
            ProceedAfterFailure = definition.Proceeds,
            AssuredAfterFailure = definition.Assured,
            Unlisted = definition.IsUnlisted,
            Inputs = definition.InputGlobs,
            InputValues = definition.InputValues,
            Outputs = definition.OutputPaths,
            OutputChecks = definition.OutputChecks,
            Uses = definition.UsedParameters,
            Actions = definition.Actions,
        };
    }

    static ParameterMember Checked(ParameterMember parameter) => ValueConverter.Supports(parameter.Type) ? parameter
        : throw new UsageException($"Parameter {parameter.MemberName} has type {parameter.Type.Name}, which cannot be bound: use string, int, long, double, bool, an enum, TimeSpan or an array of these.");
}
