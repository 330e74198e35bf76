using System.Text.Json.Nodes;

namespace EcsGitOps.Build.Execution;

/// <summary>
/// The targets that succeeded in the last run, keyed by a hash of the invocation (targets, skips, profiles and
/// parameter values, secrets hashed), kept in .nuke/temp/continue.json for --continue.
/// </summary>
internal sealed class ContinueState(string root)
{
    string FilePath => Path.Combine(root, ".nuke", "temp", "continue.json");

    public IReadOnlySet<string> Succeeded(string invocation)
    {
        if (!File.Exists(FilePath)) return new HashSet<string>();
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(FilePath));
            return node?["invocation"]?.GetValue<string>() == invocation && node["succeeded"] is JsonArray names
                ? names.Select(n => n!.GetValue<string>()).ToHashSet()
                : new HashSet<string>();
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException)
        {
            return new HashSet<string>();
        }
    }

    public void Save(string invocation, IEnumerable<string> succeeded)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        var state = new JsonObject { ["invocation"] = invocation, ["succeeded"] = new JsonArray([.. succeeded.Select(n => (JsonNode)n)]) };
        File.WriteAllText(FilePath, state.ToJsonString() + "\n");
    }
}
