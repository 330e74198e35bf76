using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsGitOps.Aws.Ecs;

/// <summary>
/// Prepares a task definition file for RegisterTaskDefinition the way ecspresso does: a describe-task-definition
/// output is unwrapped, and the members the service fills in itself are dropped, since it rejects them.
/// </summary>
internal static class TaskDefinitionInput
{
    static readonly string[] ServiceOwnedMembers =
    [
        "taskDefinitionArn", "revision", "status", "requiresAttributes", "compatibilities", "registeredAt", "registeredBy",
        "deregisteredAt", "deleteRequestedAt",
    ];

    public static byte[] ToRequestBody(JsonObject taskDefinition)
    {
        var wrapped = taskDefinition["taskDefinition"] as JsonObject;
        var body = (JsonObject)(wrapped ?? taskDefinition).DeepClone();
        if (wrapped is not null && taskDefinition["tags"] is JsonArray { Count: > 0 } tags)
            body["tags"] = tags.DeepClone();
        foreach (var member in ServiceOwnedMembers)
            body.Remove(member);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            body.WriteTo(writer);
        return buffer.ToArray();
    }

    public static JsonObject? RawTaskDefinition(byte[] responseBody) =>
        JsonNode.Parse(responseBody) is JsonObject root && root["taskDefinition"] is JsonObject definition ? (JsonObject)definition.DeepClone() : null;
}
