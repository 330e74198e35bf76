using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Xml.Linq;

namespace EcsGitOps.Aws.Transport;

/// <summary>
/// Reads a query-protocol XML answer into the response record: the &lt;OperationResult&gt; element becomes JSON, shaped by
/// the record's own source-generated metadata (which members are lists, numbers, booleans), then deserialises as usual.
/// </summary>
internal static class QueryResponseReader
{
    public static T Read<T>(XDocument document, string operation, JsonTypeInfo<T> type)
    {
        var result = document.Root?.Elements().FirstOrDefault(e => e.Name.LocalName == $"{operation}Result");
        var json = result is null ? new JsonObject() : ToObject(result, type);
        return json.Deserialize(type) ?? throw new JsonException($"the {operation}Result element is empty");
    }

    static JsonNode? Convert(XElement element, JsonTypeInfo type) => type.Kind switch
    {
        JsonTypeInfoKind.Object => ToObject(element, type),
        JsonTypeInfoKind.Enumerable => ToArray(element, type.Options.GetTypeInfo(type.ElementType!)),
        JsonTypeInfoKind.Dictionary => ToMap(element, type.Options.GetTypeInfo(type.ElementType!)),
        _ => ToScalar(element.Value, type.Type),
    };

    static JsonObject ToObject(XElement element, JsonTypeInfo type)
    {
        var json = new JsonObject();
        foreach (var property in type.Properties)
        {
            var child = element.Elements().FirstOrDefault(e => e.Name.LocalName == property.Name);
            if (child is not null)
                json[property.Name] = Convert(child, type.Options.GetTypeInfo(property.PropertyType));
        }
        return json;
    }

    static JsonArray ToArray(XElement element, JsonTypeInfo itemType) =>
        new(element.Elements().Where(e => e.Name.LocalName == "member").Select(item => Convert(item, itemType)).ToArray());

    static JsonObject ToMap(XElement element, JsonTypeInfo valueType)
    {
        var json = new JsonObject();
        foreach (var entry in element.Elements().Where(e => e.Name.LocalName == "entry"))
        {
            var key = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "key")?.Value;
            var value = entry.Elements().FirstOrDefault(e => e.Name.LocalName == "value");
            if (key is not null && value is not null)
                json[key] = Convert(value, valueType);
        }
        return json;
    }

    static JsonNode? ToScalar(string text, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(bool))
            return bool.TryParse(text, out var flag) ? JsonValue.Create(flag) : null;
        if (target == typeof(int) || target == typeof(long) || target == typeof(double) || target == typeof(float) || target == typeof(decimal))
            return decimal.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number)
                ? JsonValue.Create(number)
                : null;
        return JsonValue.Create(text);
    }
}
