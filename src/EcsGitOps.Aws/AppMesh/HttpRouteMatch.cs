using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.AppMesh;

public sealed record HttpRouteMatch
{
    public string? Method { get; init; }

    public int? Port { get; init; }

    public string? Prefix { get; init; }

    public string? Scheme { get; init; }

    /// <summary>Members not modelled here (headers, path, queryParameters), kept so that an UpdateRoute built from a
    /// described route matches the same requests.</summary>
    // Settable: System.Text.Json cannot fill init-only extension data.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherMembers { get; set; }
}
