using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.LocalCloud.Seeding;

/// <summary>Writes an expression back in the short form authors use (<c>!GetAtt Mesh.MeshName</c>), for messages.</summary>
static partial class IntrinsicText
{
    public static string Of(object? node) => node switch
    {
        null => "null",
        string text => Plain().IsMatch(text) ? text : $"\"{text}\"",
        IReadOnlyDictionary<string, object?> { Count: 1 } map when IsFunction(map.Keys.First()) => Function(map.Single()),
        IReadOnlyDictionary<string, object?> map => $"{{{string.Join(", ", map.Select(p => $"{p.Key}: {Of(p.Value)}"))}}}",
        IReadOnlyList<object?> list => $"[{string.Join(", ", list.Select(Of))}]",
        _ => node.ToString() ?? "",
    };

    public static bool IsFunction(string key) => key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal);

    static string Function(KeyValuePair<string, object?> function) => function switch
    {
        ("Fn::GetAtt", IReadOnlyList<object?> { Count: 2 } at) when at[0] is string resource && at[1] is string attribute =>
            $"!GetAtt {resource}.{attribute}",
        ("Ref", var argument) => $"!Ref {Of(argument)}",
        var (name, argument) => $"!{name["Fn::".Length..]} {Of(argument)}",
    };

    [GeneratedRegex(@"^[A-Za-z0-9:._/-]+$")]
    private static partial Regex Plain();
}
