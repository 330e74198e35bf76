using EcsGitOps.Build.Cli;
using EcsGitOps.Build.Output;

namespace EcsGitOps.Build.Parameters;

/// <summary>
/// Sets each parameter from the first source that has a value for it; sources are given highest first. Secret values,
/// bound or initial, go to the redactor.
/// </summary>
internal static class ParameterBinder
{
    public static void Bind(object build, IReadOnlyList<ParameterMember> parameters, IReadOnlyList<ParameterSource> sources, Redactor redactor)
    {
        foreach (var parameter in parameters)
        {
            var (source, values) = sources.Select(s => (s, s.Lookup(parameter))).FirstOrDefault(found => found.Item2 is not null);
            if (values is null) continue;
            if (parameter.IsSecret) foreach (var value in values) redactor.Add(value);
            parameter.Set(build, Convert(parameter, source!, values));
        }
        foreach (var secret in parameters.Where(p => p.IsSecret))
            foreach (var value in Values(secret.Get(build))) redactor.Add(value);
    }

    /// <summary>A secret's bound or initial value, and each element of an array, as they would be printed.</summary>
    static IEnumerable<string> Values(object? value) => value is System.Collections.IEnumerable items and not string
        ? items.Cast<object?>().Select(ParameterMember.Format).OfType<string>()
        : [ParameterMember.Format(value) ?? ""];

    static object? Convert(ParameterMember parameter, ParameterSource source, IReadOnlyList<string> values)
    {
        if (values.Count == 0 && !parameter.IsFlag && !parameter.IsArray)
            throw new UsageException($"Missing value for parameter {parameter.CliName}: pass {parameter.CliName} <value>.");
        try
        {
            return ValueConverter.Convert(parameter.Type, values);
        }
        catch (ConversionException e)
        {
            var value = parameter.IsSecret ? "" : $" '{e.Value}'";
            var origin = source.Origin.Length > 0 ? $" from {source.Origin}" : "";
            throw new UsageException($"Invalid value{value} for {(parameter.IsSecret ? "secret " : "")}parameter {parameter.CliName} ({ValueConverter.TypeName(parameter.Type)}){origin}: {e.Message}.");
        }
    }
}
