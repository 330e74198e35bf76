using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsGitOps.Delivery.LocalCloud;

/// What a kept local cloud leaves behind so the next run can find, reuse or stop its servers.
/// <param name="Agent">The local data plane; its port is the control port.</param>
/// <param name="ServiceUrl">The service's stable URL, which the agent routes to blue and green.</param>
/// <param name="DockerEndpoint">The engine the agent runs the tasks on.</param>
public sealed record LocalCloudState(LocalServer? Moto, LocalServer Registry, string AwsEndpointUrl,
    LocalServer? Agent = null, string? ServiceUrl = null, string? DockerEndpoint = null)
{
    [JsonIgnore]
    public IEnumerable<LocalServer> Servers => new[] { Agent, Moto, Registry }.OfType<LocalServer>();

    public static LocalCloudState? Read(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllText(path), LocalCloudJsonContext.Default.LocalCloudState) : null;

    public void Write(string path) =>
        File.WriteAllText(path, JsonSerializer.Serialize(this, LocalCloudJsonContext.Default.LocalCloudState));
}

/// A server process started by the local cloud, found again by its process id and port.
public sealed record LocalServer(string Name, int ProcessId, int Port);

[JsonSerializable(typeof(LocalCloudState))]
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
sealed partial class LocalCloudJsonContext : JsonSerializerContext;
