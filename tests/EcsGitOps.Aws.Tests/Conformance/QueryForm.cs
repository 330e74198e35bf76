using System.Text.Json;
using System.Text.Json.Nodes;

namespace EcsGitOps.Aws.Tests.Conformance;

/// <summary>Rebuilds the member tree from query-protocol form fields (Name.member.N lists, dotted structures).</summary>
static class QueryForm
{
    public static (Dictionary<string, string> Fields, JsonElement Members) Parse(string body)
    {
        var fields = body.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => Uri.UnescapeDataString(p[0].Replace('+', ' ')), p => Uri.UnescapeDataString(p.Length > 1 ? p[1].Replace('+', ' ') : ""));
        var root = new JsonObject();
        foreach (var (key, value) in fields.Where(f => f.Key is not "Action" and not "Version"))
            Assign(root, key.Split('.'), 0, value);
        return (fields, JsonSerializer.SerializeToElement(root, ConformanceJson.Default.JsonNode));
    }

    static void Assign(JsonNode node, string[] segments, int index, string value)
    {
        var name = segments[index];
        var last = index == segments.Length - 1;
        if (node is JsonObject obj)
        {
            if (last)
            {
                obj[name] = value;
                return;
            }
            var isList = segments[index + 1] == "member";
            obj[name] ??= isList ? new JsonArray() : new JsonObject();
            Assign(obj[name]!, segments, index + 1, value);
        }
        else if (node is JsonArray list && name == "member")
        {
            var position = int.Parse(segments[index + 1]) - 1;
            while (list.Count <= position)
                list.Add(null);
            if (index + 1 == segments.Length - 1)
            {
                list[position] = value;
                return;
            }
            list[position] ??= new JsonObject();
            Assign(list[position]!, segments, index + 2, value);
        }
    }
}
