using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.AppMesh;

public sealed record DescribeVirtualNodeRequest
{
    [JsonIgnore]
    public required string MeshName { get; init; }

    [JsonIgnore]
    public string? MeshOwner { get; init; }

    [JsonIgnore]
    public required string VirtualNodeName { get; init; }
}
