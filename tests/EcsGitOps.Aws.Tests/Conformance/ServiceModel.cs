using System.Text.Json;

namespace EcsGitOps.Aws.Tests.Conformance;

sealed class ServiceModel(JsonElement root)
{
    static readonly string[] Transports = ["json", "query", "ec2", "rest-json"];

    // Newer models list several protocols (CloudWatch: smithy-rpc-v2-cbor, json, query): the clients speak the first one they have.
    public string Protocol => root.GetProperty("metadata").TryGetProperty("protocols", out var protocols)
        ? protocols.EnumerateArray().Select(p => p.GetString()!).FirstOrDefault(Transports.Contains) ?? protocols[0].GetString()!
        : root.GetProperty("metadata").GetProperty("protocol").GetString()!;

    public string? TargetPrefix => root.GetProperty("metadata").TryGetProperty("targetPrefix", out var prefix) ? prefix.GetString() : null;

    public string ApiVersion => root.GetProperty("metadata").GetProperty("apiVersion").GetString()!;

    public JsonElement Operation(string name) => root.GetProperty("operations").GetProperty(name);

    public JsonElement Shape(string name) => root.GetProperty("shapes").GetProperty(name);

    public string? InputShape(string operation) =>
        Operation(operation).TryGetProperty("input", out var input) ? input.GetProperty("shape").GetString() : null;

    public string? OutputShape(string operation) =>
        Operation(operation).TryGetProperty("output", out var output) ? output.GetProperty("shape").GetString() : null;

    public static string Type(JsonElement shape) => shape.GetProperty("type").GetString()!;

    public static IEnumerable<(string Name, JsonElement Member)> Members(JsonElement shape) =>
        shape.TryGetProperty("members", out var members) ? members.EnumerateObject().Select(m => (m.Name, m.Value)) : [];

    public static HashSet<string> RequiredMembers(JsonElement shape) =>
        shape.TryGetProperty("required", out var required) ? required.EnumerateArray().Select(r => r.GetString()!).ToHashSet() : [];

    public static string? Location(JsonElement member) => member.TryGetProperty("location", out var location) ? location.GetString() : null;

    public static string LocationName(string name, JsonElement member) =>
        member.TryGetProperty("locationName", out var locationName) ? locationName.GetString()! : name;

    public static string[]? Enum(JsonElement shape) =>
        shape.TryGetProperty("enum", out var values) ? values.EnumerateArray().Select(v => v.GetString()!).ToArray() : null;
}
