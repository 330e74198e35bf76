using System.Reflection;
using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Output;

namespace EcsGitOps.Build.Parameters;

/// <summary>
/// Sets each parameter from the first source that has a value for it; sources are given highest first. Of parameters
/// that exclude each other only the one from the higher source is set. Secret values, bound or initial, go to the redactor.
/// </summary>
internal static class ParameterBinder
{
    public static void Bind(object build, IReadOnlyList<ParameterMember> parameters, IReadOnlyList<ParameterSource> sources, Redactor redactor)
    {
        var found = new Dictionary<ParameterMember, (int Source, ParameterValue Value)>();
        foreach (var parameter in parameters)
            for (var i = 0; i < sources.Count && !found.ContainsKey(parameter); i++)
                if (sources[i].Lookup(parameter) is { } value) found[parameter] = (i, value);
        foreach (var secret in found.Where(f => f.Key.IsSecret))
            foreach (var value in secret.Value.Value.Values) redactor.Add(value);
        var bound = ParameterExclusion.Resolve(found, sources);
        foreach (var parameter in parameters.Where(bound.ContainsKey))
            Set(build, parameter, bound[parameter]);
        foreach (var secret in parameters.Where(p => p.IsSecret))
            foreach (var value in Values(secret.Get(build))) redactor.Add(value);
    }

    /// <summary>A secret's bound or initial value, and each element of an array, as they would be printed.</summary>
    static IEnumerable<string> Values(object? value) => value is System.Collections.IEnumerable items and not string
        ? items.Cast<object?>().Select(ParameterMember.Format).OfType<string>()
        : [ParameterMember.Format(value) ?? ""];

    /// <summary>A property setter that rejects the value (throws) is reported like a value that does not convert.</summary>
    static void Set(object build, ParameterMember parameter, ParameterValue found)
    {
        var value = Convert(parameter, found);
        try
        {
            parameter.Set(build, value);
        }
        catch (TargetInvocationException e) when (e.InnerException is { } rejected)
        {
            var reason = rejected is ArgumentException { ParamName: { } name } ? rejected.Message.Replace($" (Parameter '{name}')", "") : rejected.Message;
            throw Invalid(parameter, found.Origin, new ConversionException(string.Join(",", found.Values), reason.Split('\n')[0].Trim().TrimEnd('.')));
        }
    }

    static object? Convert(ParameterMember parameter, ParameterValue found)
    {
        var values = found.Values;
        if (values.Count == 0 && !parameter.IsFlag && !parameter.IsArray)
            throw new UsageException($"Missing value for parameter {parameter.CliName}: pass {parameter.CliName} <value>.");
        try
        {
            return ValueConverter.Convert(parameter.Type, values);
        }
        catch (ConversionException e)
        {
            throw Invalid(parameter, found.Origin, e);
        }
    }

    /// <summary>One line: the value (never a secret's), the parameter, its type, where the value came from and what is expected.</summary>
    public static UsageException Invalid(ParameterMember parameter, string origin, ConversionException e)
    {
        var value = parameter.IsSecret || e.Value is null ? "" : $" '{e.Value}'";
        var from = origin.Length > 0 ? $" from {origin}" : "";
        return new UsageException($"Invalid value{value} for {(parameter.IsSecret ? "secret " : "")}parameter {parameter.CliName} ({ValueConverter.TypeName(parameter.Type)}){from}: {e.Message}.");
    }
}
