using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using EcsGitOps.Delivery.Inputs;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// infra/stacks.json: the stacks, their template files and parameters. Dependencies are not listed; they come
/// from the templates' exports and imports (an optional dependsOn adds ordering that no import expresses).
/// </summary>
sealed partial record StackGraphManifest(
    string Path,
    string Text,
    IReadOnlyDictionary<string, string> Parameters,
    IReadOnlyList<StackGraphManifest.Stack> Stacks)
{
    public sealed record Stack(
        string Name,
        string Template,
        IReadOnlyDictionary<string, string>? Parameters = null,
        IReadOnlyList<string>? DependsOn = null,
        IReadOnlyList<string>? KeepOnUpdate = null);

    sealed record Document(
        IReadOnlyDictionary<string, string>? Parameters,
        IReadOnlyList<Stack>? Stacks);

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true)]
    [JsonSerializable(typeof(Document))]
    sealed partial class ManifestJson : JsonSerializerContext;

    /// <summary>The manifest's path as messages show it.</summary>
    public string Shown => ShownPath.Of(Path);

    public static async Task<StackGraphManifest> LoadAsync(string path, CancellationToken cancellationToken)
    {
        var shown = ShownPath.Of(path);
        if (!File.Exists(path))
            throw new StackGraphException($"stack manifest {shown} not found: run from the repository root or set its path");
        var text = (await File.ReadAllTextAsync(path, cancellationToken)).ReplaceLineEndings("\n");
        if (string.IsNullOrWhiteSpace(text))
            throw new StackGraphException($"{shown}: is empty: add {{\"stacks\": [{{\"name\": ..., \"template\": ...}}]}}");
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize(text, ManifestJson.Default.Document);
        }
        catch (JsonException e)
        {
            throw new StackGraphException(
                $"{shown}:{e.LineNumber + 1}:{e.BytePositionInLine + 1}: not a valid stack manifest ({Problem(e)}): fix the JSON there");
        }
        if (document?.Stacks is not { Count: > 0 } stacks)
            throw new StackGraphException($"{shown}: lists no stacks: add {{\"stacks\": [{{\"name\": ..., \"template\": ...}}]}}");
        foreach (var stack in stacks)
            if (stack?.Name is null || !StackName().IsMatch(stack.Name) || string.IsNullOrWhiteSpace(stack.Template))
                throw new StackGraphException($"{shown}: every stack needs a name (lower-case letters, digits, '-') and a template");
        if (stacks.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new StackGraphException($"{shown}: stack '{twice.Key}' is listed twice");
        var parameters = document.Parameters ?? new Dictionary<string, string>();
        foreach (var (owner, values) in stacks.Select(s => ($"stack '{s.Name}'", s.Parameters)).Prepend(("the shared parameters", parameters)))
            if (values?.FirstOrDefault(p => p.Value is null) is { Key: { } unset })
                throw new StackGraphException($"{shown}: parameter {unset} of {owner} is null: give it a text value or remove it");
        foreach (var stack in stacks)
            if ((stack.DependsOn ?? []).Concat(stack.KeepOnUpdate ?? []).Any(string.IsNullOrEmpty))
                throw new StackGraphException($"{shown}: stack '{stack.Name}' has an empty or null name in dependsOn or keepOnUpdate: remove it");
        return new(path, text, parameters, stacks);
    }

    // System.Text.Json names the .NET type it wanted; the user wrote JSON.
    static string Problem(JsonException e) => e.Path is { } at && e.Message.Contains("could not be converted to", StringComparison.Ordinal)
        ? $"{at} holds the wrong kind of value: " + (e.Message.Contains("System.String", StringComparison.Ordinal) ? "text is expected"
            : e.Message.Contains("IReadOnlyList", StringComparison.Ordinal) ? "a list is expected"
            : e.Message.Contains("IReadOnlyDictionary", StringComparison.Ordinal) ? "an object of names and text values is expected"
            : "an object is expected")
        : ArtifactFile.Problem(e);

    /// <summary>The manifest line that sets a parameter, for messages; the stack's own entry first, then the shared ones.</summary>
    public int LineOf(string stack, string parameter, string value)
    {
        var pattern = new Regex($"\"{Regex.Escape(parameter)}\"\\s*:\\s*{Regex.Escape($"\"{JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"")}");
        var stackStart = Regex.Match(Text, $"\"name\"\\s*:\\s*\"{Regex.Escape(stack)}\"");
        var match = stackStart.Success && pattern.Match(Text, stackStart.Index) is { Success: true } own ? own : pattern.Match(Text);
        return match.Success ? Text.AsSpan(0, match.Index).Count('\n') + 1 : 1;
    }

    /// <summary>The manifest line that names a parameter in a stack's keepOnUpdate list, for messages.</summary>
    public int LineOfKept(string stack, string parameter)
    {
        var stackStart = Regex.Match(Text, $"\"name\"\\s*:\\s*\"{Regex.Escape(stack)}\"");
        var list = stackStart.Success ? Regex.Match(Text[stackStart.Index..], """
            "keepOnUpdate"\s*:\s*\[[^\]]*
            """) : Match.Empty;
        var name = list.Success ? list.Value.IndexOf($"\"{parameter}\"", StringComparison.Ordinal) : -1;
        return name < 0 ? 1 : Text.AsSpan(0, stackStart.Index + list.Index + name).Count('\n') + 1;
    }

    /// <summary>The manifest line that names a stack, for messages about the whole entry.</summary>
    public int LineOfStack(string stack) =>
        Regex.Match(Text, $"\"name\"\\s*:\\s*\"{Regex.Escape(stack)}\"") is { Success: true } start ? Text.AsSpan(0, start.Index).Count('\n') + 1 : 1;

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex StackName();
}
