using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>
/// The logical ids a resource names through Ref, Fn::GetAtt, Fn::Sub variables and DependsOn. Given the truth of the
/// template's conditions, only the branch of each Fn::If the stack takes counts.
/// </summary>
static partial class ResourceReferences
{
    public static IEnumerable<string> Of(IReadOnlyDictionary<string, object?> definition, Func<string, bool>? condition = null) =>
        In(definition.GetValueOrDefault("Properties"), condition).Concat(definition.GetValueOrDefault("DependsOn") switch
        {
            string one => [one],
            IReadOnlyList<object?> many => many.OfType<string>(),
            _ => [],
        });

    public static IEnumerable<string> In(object? node, Func<string, bool>? condition = null) => node switch
    {
        IReadOnlyDictionary<string, object?> { Count: 1 } map when map.TryGetValue("Ref", out var name) =>
            name is string target ? [target] : [],
        IReadOnlyDictionary<string, object?> { Count: 1 } map when map.TryGetValue("Fn::GetAtt", out var at) => at switch
        {
            IReadOnlyList<object?> { Count: > 0 } pair when pair[0] is string resource => [resource],
            string dotted => [dotted.Split('.')[0]],
            _ => [],
        },
        IReadOnlyDictionary<string, object?> { Count: 1 } map when map.TryGetValue("Fn::Sub", out var sub) => Sub(sub, condition),
        IReadOnlyDictionary<string, object?> { Count: 1 } map when condition is not null && map.TryGetValue("Fn::If", out var branches)
            && branches is IReadOnlyList<object?> { Count: 3 } choice && choice[0] is string name =>
            In(condition(name) ? choice[1] : choice[2], condition),
        IReadOnlyDictionary<string, object?> map => map.Values.SelectMany(v => In(v, condition)),
        IReadOnlyList<object?> list => list.SelectMany(v => In(v, condition)),
        _ => [],
    };

    static IEnumerable<string> Sub(object? argument, Func<string, bool>? condition) => argument switch
    {
        string text => Variables(text),
        IReadOnlyList<object?> { Count: 2 } sub when sub[0] is string text && sub[1] is IReadOnlyDictionary<string, object?> variables =>
            Variables(text).Where(v => !variables.ContainsKey(v)).Concat(In(variables, condition)),
        _ => [],
    };

    static IEnumerable<string> Variables(string text) =>
        SubVariable().Matches(text).Select(m => m.Groups[1].Value).Where(v => !v.StartsWith('!')).Select(v => v.Split('.')[0]);

    /// <summary>A <c>${Name}</c>, <c>${Resource.Attribute}</c> or literal <c>${!Text}</c> of Fn::Sub.</summary>
    [GeneratedRegex(@"\$\{([^}]+)\}")]
    internal static partial Regex SubVariable();
}
