using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace EcsGitOps.Delivery.Inputs;

/// <summary>
/// Reads a file one target wrote for a later one (artifacts/image.json, taskdef.json, appspec.yaml, stack-outputs.json,
/// deployment.json). A missing, empty, truncated or hand-edited file fails in one line: the file, where in it, what is
/// wrong, and the target that writes it again.
/// </summary>
internal static class ArtifactFile
{
    /// <param name="writtenBy">The target that writes the file, named in the message: "Run RenderTaskDef again to write it."</param>
    /// <exception cref="FileNotFoundException">The file is not there.</exception>
    /// <exception cref="InvalidDataException">The file is empty.</exception>
    public static async Task<string> ReadTextAsync(string path, string writtenBy, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
            throw new FileNotFoundException($"{ShownPath.Of(path)} not found: run {writtenBy} first to write it.", path);
        var text = await File.ReadAllTextAsync(path, cancellationToken);
        return string.IsNullOrWhiteSpace(text)
            ? throw new InvalidDataException($"{ShownPath.Of(path)} is empty. Run {writtenBy} again to write it.")
            : text;
    }

    /// <summary>The file's JSON, checked for syntax only.</summary>
    /// <exception cref="InvalidDataException">The file is empty or not valid JSON.</exception>
    public static async Task<JsonNode> ReadJsonAsync(string path, string writtenBy, CancellationToken cancellationToken) =>
        ParseJson(await ReadTextAsync(path, writtenBy, cancellationToken), path, writtenBy);

    /// <summary>The file read as <typeparamref name="T"/>: syntax errors and values of the wrong shape both name their line.</summary>
    public static async Task<T> ReadJsonAsync<T>(string path, JsonTypeInfo<T> type, string writtenBy, CancellationToken cancellationToken)
    {
        var text = await ReadTextAsync(path, writtenBy, cancellationToken);
        ParseJson(text, path, writtenBy);
        try
        {
            return JsonSerializer.Deserialize(text, type)
                ?? throw new InvalidDataException($"{ShownPath.Of(path)} holds null. Run {writtenBy} again to write it.");
        }
        catch (JsonException e)
        {
            // System.Text.Json names the .NET type it wanted; the file's reader knows the member.
            var problem = e.Path is { } at && e.Message.Contains("could not be converted to", StringComparison.Ordinal)
                ? $"{at} holds a value of the wrong kind"
                : Problem(e);
            throw new InvalidDataException($"{ShownPath.Of(path)} does not hold what {writtenBy} writes ({Where(e)}): {problem}. Run {writtenBy} again to write it.", e);
        }
    }

    /// <param name="path">The file the text came from, for the message.</param>
    public static JsonNode ParseJson(string text, string path, string writtenBy)
    {
        try
        {
            return JsonNode.Parse(text) ?? throw new InvalidDataException($"{ShownPath.Of(path)} holds null. Run {writtenBy} again to write it.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{ShownPath.Of(path)} is not valid JSON ({Where(e)}): {Problem(e)}. Run {writtenBy} again to write it.", e);
        }
    }

    /// <summary>1-based, as editors count: System.Text.Json counts lines and bytes from 0.</summary>
    static string Where(JsonException e) => $"line {(e.LineNumber ?? 0) + 1}, byte {(e.BytePositionInLine ?? 0) + 1}";

    /// <summary>The parser's sentence without the " Path: $ | LineNumber: ..." it appends.</summary>
    internal static string Problem(JsonException e)
    {
        var message = e.Message;
        foreach (var tail in new[] { " Path: ", " LineNumber: " })
            if (message.IndexOf(tail, StringComparison.Ordinal) is var cut and >= 0)
                message = message[..cut];
        return message.ReplaceLineEndings(" ").Trim().TrimEnd('.');
    }
}
