using System.Text.Json;
using EcsGitOps.Build.Cli;

namespace EcsGitOps.Build.Parameters;

/// <summary>
/// A .nuke parameters file as a source. Keys are parameter names or their kebab-case form, ignoring case and dashes;
/// "$schema" is allowed. A key that names no parameter, a key given twice, or a value of the wrong shape is refused
/// rather than ignored.
/// </summary>
internal static class ParameterFile
{
    public static ParameterSource Read(string path, string origin, IReadOnlyList<ParameterMember> parameters)
    {
        var spellings = new Dictionary<ParameterMember, string>();
        var values = new Dictionary<ParameterMember, ParameterValue>();
        using (var document = Parse(path, origin))
            foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Name != "$schema"))
            {
                var parameter = Resolve(property.Name, origin, parameters);
                var spelling = $"\"{property.Name}\"";
                if (!spellings.TryAdd(parameter, spelling))
                    throw new UsageException($"{spellings[parameter]} and {spelling} in {origin} both set {parameter.CliName}: keep one of them.");
                if (Values(parameter, property.Value, origin) is { } list) values[parameter] = new(list, spelling, origin);
            }
        return new($"in {origin}", "remove one of them", parameter => values.GetValueOrDefault(parameter));
    }

    static ParameterMember Resolve(string key, string origin, IReadOnlyList<ParameterMember> parameters)
    {
        if (parameters.FirstOrDefault(p => NameStyle.Normalize(p.Name) == NameStyle.Normalize(key)) is { } parameter) return parameter;
        if (CommandLineParser.EngineOption(key) is { } option)
            throw new UsageException($"'{key}' in {origin} is an option of the command line, not a parameter, and is not read from files: pass {option} on the command line and remove the key.");
        // Suggest in the key's own style: "stratgy" -> "Strategy", "step-wieght" -> "step-weight".
        var names = parameters.Select(p => key.Contains('-') ? NameStyle.Kebab(p.Name) : p.Name);
        var suggestion = Suggestions.Closest(key, names).FirstOrDefault() is { } closest ? $" Did you mean '{closest}'?" : "";
        throw new UsageException($"Unknown parameter '{key}' in {origin}.{suggestion} Fix or remove the key; run with --help to list parameters.");
    }

    /// <summary>The texts of a value; null (JSON null) leaves the parameter unset.</summary>
    static IReadOnlyList<string>? Values(ParameterMember parameter, JsonElement value, string origin)
    {
        // The JSON itself is left out: an object or array may span lines.
        ConversionException Shape(string expected) => new(null, expected);
        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Object => throw ParameterBinder.Invalid(parameter, origin, Shape(parameter.IsArray ? "expected an array, not an object" : "expected one value, not an object")),
            JsonValueKind.Array when !parameter.IsArray => throw ParameterBinder.Invalid(parameter, origin, Shape("expected one value, not an array")),
            JsonValueKind.Array => [.. value.EnumerateArray().Select(item => item.ValueKind switch
            {
                JsonValueKind.String => item.GetString()!,
                JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => item.GetRawText(),
                _ => throw ParameterBinder.Invalid(parameter, origin, Shape("expected an array of strings, numbers or booleans")),
            })],
            JsonValueKind.String => [value.GetString()!],
            _ => [value.GetRawText()],
        };
    }

    static JsonDocument Parse(string path, string origin)
    {
        try
        {
            var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind == JsonValueKind.Object) return document;
            var kind = document.RootElement.ValueKind;
            document.Dispose();
            throw new UsageException($"Cannot read {origin}: the top level is {Article(kind)}, not an object of parameter names and values. Write it as {{ \"Name\": value }}.");
        }
        catch (JsonException e)
        {
            throw new UsageException($"Cannot read {origin}: {e.Message.Split('\n')[0]} Fix the JSON or remove the file.");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"Cannot read {origin}: {e.Message} Make it readable or remove it.");
        }
    }

    static string Article(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "a " + kind.ToString().ToLowerInvariant(),
    };
}
