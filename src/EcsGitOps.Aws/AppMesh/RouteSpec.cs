using System.Text.Json;
using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.AppMesh;

public sealed record RouteSpec
{
    public HttpRoute? Http2Route { get; init; }

    public HttpRoute? HttpRoute { get; init; }

    public int? Priority { get; init; }

    /// <summary>Members not modelled here (grpcRoute, tcpRoute), kept so that an UpdateRoute built from a described
    /// route sends them back unchanged.</summary>
    // Settable: System.Text.Json cannot fill init-only extension data.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? OtherMembers { get; set; }
}
