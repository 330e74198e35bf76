using System.Text.Json;
using EcsGitOps.Build.Cli;

namespace EcsGitOps.Build.Parameters;

/// <summary>One place parameter values come from; <paramref name="Origin"/> names it in errors ("" for the command line).</summary>
internal sealed record ParameterSource(string Origin, Func<ParameterMember, IReadOnlyList<string>?> Lookup)
{
    public static ParameterSource CommandLine(IReadOnlyDictionary<ParameterMember, IReadOnlyList<string>> values) =>
        new("", parameter => values.GetValueOrDefault(parameter));

    /// <summary>Exact name first, then any variable equal to it ignoring case and underscores; empty values count as unset.</summary>
    public static ParameterSource Environment(IReadOnlyDictionary<string, string> variables)
    {
        var normalized = new Dictionary<string, string>();
        foreach (var (name, value) in variables.Where(v => v.Value.Length > 0).OrderBy(v => v.Key, StringComparer.Ordinal))
            normalized.TryAdd(NameStyle.Normalize(name), value);
        return new("environment", parameter =>
            variables.TryGetValue(parameter.Name, out var exact) && exact.Length > 0 ? [exact]
            : normalized.TryGetValue(NameStyle.Normalize(parameter.Name), out var value) ? [value]
            : null);
    }

    /// <summary>A .nuke parameters file; keys are member names or their kebab-case form.</summary>
    public static ParameterSource File(string path, string origin)
    {
        var values = new Dictionary<string, IReadOnlyList<string>>();
        using (var document = Parse(path, origin))
            foreach (var property in document.RootElement.EnumerateObject())
                if (Values(property.Value) is { } list) values[NameStyle.Normalize(property.Name)] = list;
        return new(origin, parameter => values.GetValueOrDefault(NameStyle.Normalize(parameter.Name)));
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
