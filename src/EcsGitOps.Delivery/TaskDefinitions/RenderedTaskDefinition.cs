using System.Text.Json.Nodes;
using EcsGitOps.Delivery.Inputs;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>The rendered task definition and AppSpec, and the files they were written to.</summary>
public sealed record RenderedTaskDefinition(
    string TaskDefinitionJson,
    string AppSpecYaml,
    string TaskDefinitionPath,
    string AppSpecPath)
{
    /// <summary>The target that writes both files.</summary>
    const string WrittenBy = "RenderTaskDef";

    /// <summary>artifacts/taskdef.json as RenderTaskDef wrote it: its text, checked to be one JSON object.</summary>
    /// <exception cref="FileNotFoundException">No file: RenderTaskDef has not run.</exception>
    /// <exception cref="InvalidDataException">The file is empty, truncated or not a JSON object; the message says where.</exception>
    public static async Task<string> ReadTaskDefinitionAsync(string path, CancellationToken cancellationToken)
    {
        var text = await ArtifactFile.ReadTextAsync(path, WrittenBy, cancellationToken);
        return ArtifactFile.ParseJson(text, path, WrittenBy) is JsonObject
            ? text
            : throw new InvalidDataException($"{ShownPath.Of(path)} is not a JSON object, which a task definition is. Run {WrittenBy} again to write it.");
    }

    /// <summary>artifacts/appspec.yaml as RenderTaskDef wrote it: its text, checked to be YAML.</summary>
    /// <exception cref="FileNotFoundException">No file: RenderTaskDef has not run.</exception>
    /// <exception cref="InvalidDataException">The file is empty or not valid YAML; the message says where.</exception>
    public static async Task<string> ReadAppSpecAsync(string path, CancellationToken cancellationToken)
    {
        var text = await ArtifactFile.ReadTextAsync(path, WrittenBy, cancellationToken);
        return YamlSyntax.TryLoad(text, path, out _, out var error)
            ? text
            : throw new InvalidDataException($"{error}. Run {WrittenBy} again to write it.");
    }
}
