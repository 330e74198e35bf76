using System.Text.Json;
using System.Text.Json.Nodes;
using EcsGitOps.Build.Definition;

namespace EcsGitOps.Build.Caching;

/// <summary>
/// A target with Inputs or Outputs is up to date when its input files and values, the values of the parameters it Uses (all by
/// default) and its output files hash as they did after its last successful run. Stored in .nuke/temp/cache/&lt;Target&gt;.json.
/// </summary>
/// <param name="parametersHash">The hash of the named parameters' values (all of them for null).</param>
internal sealed class TargetCache(string root, Func<IReadOnlyList<string>?, string> parametersHash)
{
    string Folder => Path.Combine(root, ".nuke", "temp", "cache");

    /// <exception cref="InputValueException">An input value could not be read.</exception>
    public CacheEntry Current(TargetSpec target) =>
        new(InputsHash(target), parametersHash(target.Uses), ContentHash.OfPaths(root, target.Outputs));

    /// <summary>Without input values, the hash of the files alone, so entries written before values existed stay valid.</summary>
    string InputsHash(TargetSpec target)
    {
        var files = ContentHash.OfGlobs(root, target.Inputs);
        return target.InputValues.Count == 0 ? files
            : ContentHash.Of(string.Join("\n", [files, .. target.InputValues.Select(input => $"{input.Text}={ContentHash.Of(Read(target, input))}")]));
    }

    static string Read(TargetSpec target, TargetCondition<string> input)
    {
        try
        {
            return input.Evaluate() ?? "";
        }
        catch (Exception e)
        {
            throw new InputValueException($"Cannot read input {input.Text} of {target.Name} ({e.Message.Split('\n')[0].Trim()}): running it without the cache.", e);
        }
    }

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

/// <summary>A target's input value threw; the message names the input and the target.</summary>
internal sealed class InputValueException(string message, Exception inner) : Exception(message, inner);
