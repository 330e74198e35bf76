using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>
/// A task definition reduced to what a registration sets, with sorted keys, so a running definition and a
/// rendered one compare equal when ECS would treat them alike.
/// </summary>
static class CanonicalTaskDefinition
{
    static readonly JsonWriterOptions Writer = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    // Arrays ECS may return in another order than they were registered in.
    static readonly HashSet<string> SortedByName = ["environment", "secrets", "volumes", "ulimits", "systemControls"];

    public static IReadOnlyList<string> Lines(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject
            ?? throw new InvalidDataException("a task definition is a JSON object");
        if (root["taskDefinition"] is JsonObject described)
            root = described;
        foreach (var member in TaskDefinitionDiff.ReadOnlyMembers)
            root.Remove(member);
        var networkMode = (string?)root["networkMode"];
        if (root["containerDefinitions"] is JsonArray containers)
            foreach (var container in containers.OfType<JsonObject>())
                DropContainerDefaults(container, networkMode);
        var canonical = Canonicalize(root) ?? new JsonObject();

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writer))
            canonical.WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()).Split('\n');
    }

    static void DropContainerDefaults(JsonObject container, string? networkMode)
    {
        if (IsValue(container["essential"], true)) container.Remove("essential");
        if (IsValue(container["cpu"], 0)) container.Remove("cpu");
        if (container["portMappings"] is not JsonArray mappings) return;
        foreach (var mapping in mappings.OfType<JsonObject>())
        {
            if (IsValue(mapping["protocol"], "tcp")) mapping.Remove("protocol");
            // awsvpc copies the container port into hostPort.
            if (networkMode == "awsvpc" && mapping["hostPort"] is { } host && mapping["containerPort"] is { } port
                && host.ToJsonString() == port.ToJsonString())
                mapping.Remove("hostPort");
        }
    }

    static bool IsValue<T>(JsonNode? node, T expected) =>
        node is JsonValue value && value.TryGetValue<T>(out var actual) && EqualityComparer<T>.Default.Equals(actual, expected);

    // Drops nulls, empty arrays and empty objects (ECS reports unset lists as []) and sorts object keys.
    static JsonNode? Canonicalize(JsonNode? node, string? name = null) => node switch
    {
        null => null,
        JsonObject obj => obj.Select(p => (p.Key, Value: Canonicalize(p.Value, p.Key)))
            .Where(p => p.Value is not null)
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .Aggregate(new JsonObject(), (o, p) => { o[p.Key] = p.Value; return o; }) is { Count: > 0 } sorted ? sorted : null,
        JsonArray array => array.Select(item => Canonicalize(item))
            .Where(item => item is not null)
            .OrderBy(item => name is not null && SortedByName.Contains(name) ? (string?)item!["name"] ?? "" : "", StringComparer.Ordinal)
            .Aggregate(new JsonArray(), (a, item) => { a.Add(item); return a; }) is { Count: > 0 } list ? list : null,
        _ => node.DeepClone(),
    };
}
