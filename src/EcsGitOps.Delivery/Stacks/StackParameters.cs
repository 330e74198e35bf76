using EcsGitOps.Aws.CloudFormation;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>How a spec's parameter values meet the values an existing stack was deployed with.</summary>
internal static class StackParameters
{
    // CloudFormation shows NoEcho values masked: they can be kept with UsePreviousValue, but neither read nor compared.
    const string Masked = "****";

    /// <summary>The spec's KeepOnUpdate parameters the stack already has, whatever their value.</summary>
    public static IReadOnlySet<string> Kept(StackSpec spec, Stack? stack) =>
        (stack?.Parameters ?? []).Select(p => p.ParameterKey).OfType<string>().Where(spec.KeepOnUpdate.Contains).ToHashSet(StringComparer.Ordinal);

    /// <summary>The spec's values, with each kept parameter at the value the stack has (a masked one cannot be: the spec's stays).</summary>
    public static IReadOnlyDictionary<string, string> Effective(StackSpec spec, Stack stack)
    {
        var values = new Dictionary<string, string>(spec.Parameters, StringComparer.Ordinal);
        foreach (var (key, value) in Readable(stack).Where(p => spec.KeepOnUpdate.Contains(p.Key)))
            values[key] = value;
        return values;
    }

    /// <summary>The names of the given parameters whose value differs from the stack's, in the given order.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, string> values, Stack stack)
    {
        var masked = (stack.Parameters ?? []).Where(p => p.ParameterValue == Masked).Select(p => p.ParameterKey).ToHashSet();
        var current = Readable(stack);
        return values.Where(p => !masked.Contains(p.Key) && current.GetValueOrDefault(p.Key) != p.Value).Select(p => p.Key).ToList();
    }

    static Dictionary<string, string> Readable(Stack stack) =>
        (stack.Parameters ?? [])
            .Where(p => p is { ParameterKey: not null, ParameterValue: not null and not Masked })
            .ToDictionary(p => p.ParameterKey!, p => p.ParameterValue!, StringComparer.Ordinal);
}
