using System.Text.Json;
using System.Text.Json.Nodes;
using EcsGitOps.Build.Definition;

namespace EcsGitOps.Build.Caching;

/// <summary>
/// A target with Inputs or Outputs is up to date when its input files, the values of the parameters it Uses (all by default) and its output
/// files hash as they did after its last successful run. Stored in .nuke/temp/cache/&lt;Target&gt;.json.
/// </summary>
/// <param name="parametersHash">The hash of the named parameters' values (all of them for null).</param>
internal sealed class TargetCache(string root, Func<IReadOnlyList<string>?, string> parametersHash)
{
    string Folder => Path.Combine(root, ".nuke", "temp", "cache");

    public CacheEntry Current(TargetSpec target) =>
        new(ContentHash.OfGlobs(root, target.Inputs), parametersHash(target.Uses), ContentHash.OfPaths(root, target.Outputs));

    public bool IsUpToDate(TargetSpec target, CacheEntry current) => current.Outputs is not null && Stored(target) == current;

    public void Save(TargetSpec target, CacheEntry beforeRun)
    {
        Directory.CreateDirectory(Folder);
        var entry = new JsonObject
        {
            ["inputs"] = beforeRun.Inputs,
            ["parameters"] = beforeRun.Parameters,
            ["outputs"] = ContentHash.OfPaths(root, target.Outputs),
        };
        File.WriteAllText(FileOf(target), entry.ToJsonString() + "\n");
    }

    CacheEntry? Stored(TargetSpec target)
    {
        if (!File.Exists(FileOf(target))) return null;
        try
        {
            var node = JsonNode.Parse(File.ReadAllText(FileOf(target)));
            return node?["inputs"] is JsonValue inputs && node["parameters"] is JsonValue parameters
                ? new CacheEntry(inputs.GetValue<string>(), parameters.GetValue<string>(), node["outputs"]?.GetValue<string>())
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    string FileOf(TargetSpec target) => Path.Combine(Folder, target.Name + ".json");
}
