using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeTaskDefinitionResponse
{
    public TaskDefinition? TaskDefinition { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    /// <summary>The task definition exactly as the service returned it, every member included, for diffs.</summary>
    [JsonIgnore]
    public JsonObject? RawTaskDefinition { get; init; }
}
