using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>The logical ids a resource names through Ref, Fn::GetAtt, Fn::Sub variables and DependsOn.</summary>
static partial class ResourceReferences
{
    public static IEnumerable<string> Of(IReadOnlyDictionary<string, object?> definition) =>
        In(definition.GetValueOrDefault("Properties")).Concat(definition.GetValueOrDefault("DependsOn") switch
        {
            string one => [one],
            IReadOnlyList<object?> many => many.OfType<string>(),
            _ => [],
        });

    static IEnumerable<string> In(object? node) => node switch
    {
        IReadOnlyDictionary<string, object?> { Count: 1 } map when map.TryGetValue("Ref", out var name) =>
            name is string target ? [target] : [],
        IReadOnlyDictionary<string, object?> { Count: 1 } map when map.TryGetValue("Fn::GetAtt", out var at) =>
            at is IReadOnlyList<object?> { Count: > 0 } pair && pair[0] is string resource ? [resource] : [],
        IReadOnlyDictionary<string, object?> { Count: 1 } map when map.TryGetValue("Fn::Sub", out var sub) => Sub(sub),
        IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(In),
        IReadOnlyList<object?> list => list.SelectMany(In),
        _ => [],
    };

    static IEnumerable<string> Sub(object? argument) => argument switch
    {
        string text => Variables(text),
        IReadOnlyList<object?> { Count: 2 } sub when sub[0] is string text && sub[1] is IReadOnlyDictionary<string, object?> variables =>
            Variables(text).Where(v => !variables.ContainsKey(v)).Concat(In(variables)),
        _ => [],
    };

    static IEnumerable<string> Variables(string text) =>
        SubVariable().Matches(text).Select(m => m.Groups[1].Value).Where(v => !v.StartsWith('!')).Select(v => v.Split('.')[0]);

    /// <summary>A <c>${Name}</c>, <c>${Resource.Attribute}</c> or literal <c>${!Text}</c> of Fn::Sub.</summary>
    [GeneratedRegex(@"\$\{([^}]+)\}")]
    internal static partial Regex SubVariable();
}
