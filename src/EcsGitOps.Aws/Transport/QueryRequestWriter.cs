using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsGitOps.Aws.Transport;

/// <summary>
/// Flattens a request, serialised to JSON first, into query-protocol form fields: members by name joined with dots,
/// list items as Name.member.N (from 1), an empty list as "Name=".
/// </summary>
internal static class QueryRequestWriter
{
    public static List<KeyValuePair<string, string>> Write(string operation, string apiVersion, JsonNode? request)
    {
        var fields = new List<KeyValuePair<string, string>> { new("Action", operation), new("Version", apiVersion) };
        if (request is JsonObject members)
            foreach (var (name, value) in members)
                Flatten(name, value, fields);
        return fields;
    }

    static void Flatten(string prefix, JsonNode? node, List<KeyValuePair<string, string>> fields)
    {
        switch (node)
        {
            case null:
                return;
            case JsonObject members:
                foreach (var (name, value) in members)
                    Flatten($"{prefix}.{name}", value, fields);
                return;
            case JsonArray items when items.Count == 0:
                fields.Add(new(prefix, ""));
                return;
            case JsonArray items:
                for (var i = 0; i < items.Count; i++)
                    Flatten($"{prefix}.member.{i + 1}", items[i], fields);
                return;
            case JsonValue value:
                fields.Add(new(prefix, Scalar(value)));
                return;
        }
    }

    static string Scalar(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.String => value.GetValue<string>(),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToJsonString(),
    };
}
