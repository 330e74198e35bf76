namespace EcsGitOps.Build.Parameters;

/// <summary>What one source holds for a parameter: its texts, the name as the user wrote it, and where ("" for the command line).</summary>
internal sealed record ParameterValue(IReadOnlyList<string> Values, string Spelling, string Origin);

/// <summary>
/// One place parameter values come from. <paramref name="Place"/> ends "are both set ..." in errors
/// ("on the command line"); <paramref name="Remedy"/> says how to drop one of two values there.
/// </summary>
internal sealed record ParameterSource(string Place, string Remedy, Func<ParameterMember, ParameterValue?> Lookup)
{
    public static ParameterSource CommandLine(IReadOnlyDictionary<ParameterMember, ParameterValue> values) =>
        new("on the command line", "pass only one of them", parameter => values.GetValueOrDefault(parameter));

    /// <summary>Exact name first, then any variable equal to it ignoring case and underscores; empty values count as unset.</summary>
    public static ParameterSource Environment(IReadOnlyDictionary<string, string> variables)
    {
        var normalized = new Dictionary<string, string>();
        foreach (var name in variables.Where(v => v.Value.Length > 0).Select(v => v.Key).Order(StringComparer.Ordinal))
            normalized.TryAdd(NameStyle.Normalize(name), name);
        ParameterValue Found(string name) => new([variables[name]], name, $"environment variable {name}");
        return new("in the environment", "unset one of them", parameter =>
            variables.TryGetValue(parameter.Name, out var exact) && exact.Length > 0 ? Found(parameter.Name)
            : normalized.TryGetValue(NameStyle.Normalize(parameter.Name), out var name) ? Found(name)
            : null);
    }
}
