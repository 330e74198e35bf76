using System.Text.Json;
using EcsGitOps.Build.Cli;

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

    /// <summary>A .nuke parameters file; keys are member names or their kebab-case form.</summary>
    public static ParameterSource File(string path, string origin)
    {
        var values = new Dictionary<string, ParameterValue>();
        using (var document = Parse(path, origin))
            foreach (var property in document.RootElement.EnumerateObject())
                if (Values(property.Value) is { } list) values[NameStyle.Normalize(property.Name)] = new(list, $"\"{property.Name}\"", origin);
        return new($"in {origin}", "remove one of them", parameter => values.GetValueOrDefault(NameStyle.Normalize(parameter.Name)));
    }

    static JsonDocument Parse(string path, string origin)
    {
        try
        {
            var document = JsonDocument.Parse(System.IO.File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            return document.RootElement.ValueKind == JsonValueKind.Object ? document : throw new JsonException("the top level must be an object");
        }
        catch (JsonException e)
        {
            throw new UsageException($"Cannot read {origin}: {e.Message.Split('\n')[0]} Fix the JSON or remove the file.");
        }
    }

    static IReadOnlyList<string>? Values(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => [value.GetString()!],
        JsonValueKind.Array => [.. value.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText())],
        JsonValueKind.Object => null,
        _ => [value.GetRawText()],
    };
}
