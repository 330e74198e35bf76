using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// Evaluates the export and import names of templates (<c>!Sub "${EnvironmentName}-VpcId"</c>) from parameter
/// values, before anything is deployed. Names built from resources or attributes cannot be known then: null.
/// </summary>
static partial class StackGraphNames
{
    /// <param name="lookup">A parameter's or pseudo parameter's value; null when it is not a parameter.</param>
    public static string? Resolve(object? expression, Func<string, string?> lookup) => expression switch
    {
        string literal => literal,
        IReadOnlyDictionary<string, object?> { Count: 1 } function => function.Single() switch
        {
            ("Ref", string name) => lookup(name),
            ("Fn::Sub", string template) => Substitute(template, lookup),
            ("Fn::Sub", IReadOnlyList<object?> { Count: 2 } sub)
                when sub[0] is string template && sub[1] is IReadOnlyDictionary<string, object?> variables =>
                Substitute(template, name => variables.TryGetValue(name, out var v) ? Resolve(v, lookup) : lookup(name)),
            ("Fn::Join", IReadOnlyList<object?> { Count: 2 } join)
                when join[0] is string separator && join[1] is IReadOnlyList<object?> parts => Join(separator, parts, lookup),
            _ => null,
        },
        _ => null,
    };

    static string? Join(string separator, IReadOnlyList<object?> parts, Func<string, string?> lookup)
    {
        var resolved = parts.Select(p => Resolve(p, lookup)).ToList();
        return resolved.All(p => p is not null) ? string.Join(separator, resolved) : null;
    }

    /// <summary>Every <c>Fn::ImportValue</c> in a template, with where it stands (for error messages).</summary>
    public static IEnumerable<(object? Argument, string Location)> Imports(object? node, string location = "")
    {
        switch (node)
        {
            case IReadOnlyDictionary<string, object?> { Count: 1 } map when map.ContainsKey("Fn::ImportValue"):
                yield return (map["Fn::ImportValue"], location);
                break;
            case IReadOnlyDictionary<string, object?> map:
                foreach (var (key, value) in map)
                    foreach (var found in Imports(value, location.Length == 0 ? key : $"{location}.{key}"))
                        yield return found;
                break;
            case IReadOnlyList<object?> list:
                for (var i = 0; i < list.Count; i++)
                    foreach (var found in Imports(list[i], $"{location}[{i}]"))
                        yield return found;
                break;
        }
    }

    static string? Substitute(string template, Func<string, string?> lookup)
    {
        var unresolved = false;
        var result = Variable().Replace(template, m =>
        {
            var name = m.Groups[1].Value;
            if (name.StartsWith('!'))
                return "${" + name[1..] + "}";
            if (lookup(name) is { } value)
                return value;
            unresolved = true;
            return m.Value;
        });
        return unresolved ? null : result;
    }

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Variable();
}
