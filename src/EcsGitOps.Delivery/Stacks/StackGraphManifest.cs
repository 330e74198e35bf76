using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

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

    public static async Task<StackGraphManifest> LoadAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new StackGraphException($"stack manifest {path} not found: run from the repository root or set its path");
        var text = (await File.ReadAllTextAsync(path, cancellationToken)).ReplaceLineEndings("\n");
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize(text, ManifestJson.Default.Document);
        }
        catch (JsonException e)
        {
            throw new StackGraphException($"{path}:{e.LineNumber + 1}: not a valid stack manifest ({e.Message.Split(" Path:")[0]})");
        }
        if (document?.Stacks is not { Count: > 0 } stacks)
            throw new StackGraphException($"{path}: lists no stacks: add {{\"stacks\": [{{\"name\": ..., \"template\": ...}}]}}");
        foreach (var stack in stacks)
            if (stack.Name is null || !StackName().IsMatch(stack.Name) || stack.Template is null)
                throw new StackGraphException($"{path}: every stack needs a name (lower-case letters, digits, '-') and a template");
        if (stacks.GroupBy(s => s.Name).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new StackGraphException($"{path}: stack '{twice.Key}' is listed twice");
        return new(path, text, document.Parameters ?? new Dictionary<string, string>(), stacks);
    }

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

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex StackName();
}
