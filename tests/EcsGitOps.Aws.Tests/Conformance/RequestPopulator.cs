using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace EcsGitOps.Aws.Tests.Conformance;

/// <summary>
/// Fills a request record from its own serialisation metadata, with values the model allows (the first enum value,
/// epoch seconds for timestamps), and fails on any member the model's shape does not have.
/// </summary>
sealed class RequestPopulator(ServiceModel model, List<string> problems)
{
    public JsonNode Populate(JsonTypeInfo type, string shapeName, bool requiredOnly, string path = "") =>
        Value(type, shapeName, requiredOnly, path, depth: 0) ?? new JsonObject();

    JsonNode? Value(JsonTypeInfo type, string shapeName, bool requiredOnly, string path, int depth)
    {
        var shape = model.Shape(shapeName);
        var kind = ServiceModel.Type(shape);
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when kind == "structure":
                var json = new JsonObject();
                var members = ServiceModel.Members(shape).ToDictionary(m => m.Name, m => m.Member);
                // Extension data carries members the record leaves unmodelled back to AWS unchanged.
                foreach (var property in type.Properties.Where(p => !p.IsExtensionData))
                {
                    if (!members.TryGetValue(property.Name, out var member))
                    {
                        problems.Add($"{path}{property.Name}: not a member of {shapeName} ({string.Join(", ", members.Keys)})");
                        continue;
                    }
                    if ((requiredOnly && !property.IsRequired) || depth > 12)
                        continue;
                    json[property.Name] = Value(type.Options.GetTypeInfo(property.PropertyType), member.GetProperty("shape").GetString()!,
                        requiredOnly: false, $"{path}{property.Name}.", depth + 1);
                }
                return json;
            case JsonTypeInfoKind.Enumerable when kind == "list":
                return new JsonArray(Value(type.Options.GetTypeInfo(type.ElementType!), shape.GetProperty("member").GetProperty("shape").GetString()!, false, path, depth + 1));
            case JsonTypeInfoKind.Dictionary when kind == "map":
                return new JsonObject { ["key1"] = Value(type.Options.GetTypeInfo(type.ElementType!), shape.GetProperty("value").GetProperty("shape").GetString()!, false, path, depth + 1) };
            case JsonTypeInfoKind.None:
                return Scalar(type.Type, shape, kind, path);
            default:
                problems.Add($"{path.TrimEnd('.')}: the record is {type.Kind} but {shapeName} is a {kind}");
                return null;
        }
    }

    JsonNode? Scalar(Type clr, JsonElement shape, string kind, string path)
    {
        var target = Nullable.GetUnderlyingType(clr) ?? clr;
        JsonNode? value = (kind, target) switch
        {
            ("string" or "blob", _) when target == typeof(string) => JsonValue.Create(ServiceModel.Enum(shape)?[0] ?? "value"),
            ("integer" or "long", _) when target == typeof(int) || target == typeof(long) => JsonValue.Create(1),
            ("double" or "float", _) when target == typeof(double) => JsonValue.Create(1.5),
            ("boolean", _) when target == typeof(bool) => JsonValue.Create(true),
            ("timestamp", _) when target == typeof(DateTimeOffset) => JsonValue.Create(1764266836),
            _ => null,
        };
        if (value is null)
            problems.Add($"{path.TrimEnd('.')}: a {target.Name} in the record but a {kind} in the model");
        return value;
    }
}
