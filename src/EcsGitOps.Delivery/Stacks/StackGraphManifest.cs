using System.Text.Json;
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
        IReadOnlyList<string>? DependsOn = null);

    sealed record Document(
        IReadOnlyDictionary<string, string>? Parameters,
        IReadOnlyList<Stack>? Stacks);

    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static StackGraphManifest Load(string path)
    {
        if (!File.Exists(path))
            throw new StackGraphException($"stack manifest {path} not found: run from the repository root or set its path");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        Document? document;
        try
        {
            document = JsonSerializer.Deserialize<Document>(text, Json);
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
        var pattern = new Regex($"\"{Regex.Escape(parameter)}\"\\s*:\\s*{Regex.Escape(JsonSerializer.Serialize(value))}");
        var stackStart = Regex.Match(Text, $"\"name\"\\s*:\\s*\"{Regex.Escape(stack)}\"");
        var match = stackStart.Success && pattern.Match(Text, stackStart.Index) is { Success: true } own ? own : pattern.Match(Text);
        return match.Success ? Text.AsSpan(0, match.Index).Count('\n') + 1 : 1;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex StackName();
}
