using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.Ecr;

public sealed record Tag
{
    [JsonPropertyName("Key")]
    public string? Key { get; init; }

    [JsonPropertyName("Value")]
    public string? Value { get; init; }
}
