using EcsGitOps.Build.Cli;

namespace EcsGitOps.Build.Parameters;

/// <summary>
/// Parameters that exclude each other (<see cref="ParameterAttribute.Excludes"/>, on either side): when both have
/// values, the one from the higher source is bound and the other keeps its initial value; both from one source is refused.
/// </summary>
internal static class ParameterExclusion
{
    /// <param name="found">Each parameter's value with the index of its source, highest source first.</param>
    public static IReadOnlyDictionary<ParameterMember, ParameterValue> Resolve(IReadOnlyDictionary<ParameterMember, (int Source, ParameterValue Value)> found, IReadOnlyList<ParameterSource> sources)
    {
        var kept = new List<ParameterMember>();
        foreach (var tier in found.GroupBy(f => f.Value.Source).OrderBy(t => t.Key))
        {
            var survivors = tier.Select(f => f.Key).Where(p => !kept.Any(p.ExcludesEachOther)).OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            for (var i = 0; i < survivors.Count; i++)
                if (survivors.Skip(i + 1).FirstOrDefault(survivors[i].ExcludesEachOther) is { } other)
                    throw Conflict(found[survivors[i]].Value, survivors[i], found[other].Value, other, sources[tier.Key]);
            kept.AddRange(survivors);
        }
        return kept.ToDictionary(p => p, p => found[p].Value);
    }

    static UsageException Conflict(ParameterValue first, ParameterMember a, ParameterValue second, ParameterMember b, ParameterSource source) =>
        new($"{Named(first, a)} and {Named(second, b)} exclude each other, and both are set {source.Place}: {source.Remedy}.");

    static string Named(ParameterValue value, ParameterMember parameter) =>
        value.Spelling == parameter.CliName ? value.Spelling : $"{value.Spelling} ({parameter.CliName})";
}
