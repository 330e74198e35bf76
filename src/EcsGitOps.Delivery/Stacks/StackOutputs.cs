using System.Text.Json.Serialization;
using EcsGitOps.Delivery.Inputs;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>artifacts/stack-outputs.json: the outputs DeployInfra recorded (roles, names, ARNs), which later targets read.</summary>
public static partial class StackOutputs
{
    /// <summary>The target that writes the file.</summary>
    const string WrittenBy = "DeployInfra";

    [JsonSerializable(typeof(Dictionary<string, string?>))]
    sealed partial class OutputsJson : JsonSerializerContext;

    /// <summary>Output name to value, as DeployInfra wrote them.</summary>
    /// <exception cref="FileNotFoundException">No file: DeployInfra has not run.</exception>
    /// <exception cref="InvalidDataException">The file is empty, truncated or not an object of text values; the message says where.</exception>
    public static async Task<IReadOnlyDictionary<string, string>> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var outputs = await ArtifactFile.ReadJsonAsync(path, OutputsJson.Default.DictionaryStringString, WrittenBy, cancellationToken);
        return outputs.FirstOrDefault(o => o.Value is null) is { Key: { } unset }
            ? throw new InvalidDataException($"{ShownPath.Of(path)} gives output {unset} no value. Run {WrittenBy} again to write it.")
            : outputs.ToDictionary(o => o.Key, o => o.Value!, StringComparer.Ordinal);
    }
}
