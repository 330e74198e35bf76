using System.Globalization;
using System.Text.Json;

namespace EcsGitOps.Aws.Tests.Conformance;

/// <summary>Checks a request as it went over the wire against the operation's input shape: names, required members, types, enums.</summary>
sealed class WireValidator(ServiceModel model, List<string> problems)
{
    /// <param name="stringScalars">Query protocol: every scalar arrives as text.</param>
    public void Validate(JsonElement value, string shapeName, string path, bool stringScalars, ISet<string>? skipMembers = null)
    {
        var shape = model.Shape(shapeName);
        switch (ServiceModel.Type(shape))
        {
            case "structure":
                if (value.ValueKind != JsonValueKind.Object)
                {
                    problems.Add($"{path}: expected an object for {shapeName}, got {value.ValueKind}");
                    return;
                }
                var members = ServiceModel.Members(shape).ToDictionary(m => m.Name, m => m.Member);
                foreach (var property in value.EnumerateObject())
                {
                    if (!members.TryGetValue(property.Name, out var member))
                        problems.Add($"{path}.{property.Name}: not a member of {shapeName}");
                    else if (ServiceModel.Location(member) is not null)
                        problems.Add($"{path}.{property.Name}: belongs in the {ServiceModel.Location(member)}, not the body");
                    else
                        Validate(property.Value, member.GetProperty("shape").GetString()!, $"{path}.{property.Name}", stringScalars);
                }
                foreach (var required in ServiceModel.RequiredMembers(shape))
                    if (!value.TryGetProperty(required, out _) && !(skipMembers?.Contains(required) ?? false))
                        problems.Add($"{path}.{required}: required by {shapeName} but not sent");
                return;
            case "list":
                if (value.ValueKind != JsonValueKind.Array)
                    problems.Add($"{path}: expected a list, got {value.ValueKind}");
                else
                    foreach (var item in value.EnumerateArray())
                        Validate(item, shape.GetProperty("member").GetProperty("shape").GetString()!, $"{path}[]", stringScalars);
                return;
            case "map":
                if (value.ValueKind != JsonValueKind.Object)
                    problems.Add($"{path}: expected a map, got {value.ValueKind}");
                else
                    foreach (var entry in value.EnumerateObject())
                        Validate(entry.Value, shape.GetProperty("value").GetProperty("shape").GetString()!, $"{path}.{entry.Name}", stringScalars);
                return;
            default:
                Scalar(value, shape, path, stringScalars);
                return;
        }
    }

    void Scalar(JsonElement value, JsonElement shape, string path, bool asText)
    {
        var kind = ServiceModel.Type(shape);
        var text = value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
        var ok = kind switch
        {
            "string" or "blob" => value.ValueKind == JsonValueKind.String,
            "integer" or "long" => asText ? long.TryParse(text, out _) : value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out _),
            "double" or "float" => asText ? double.TryParse(text, CultureInfo.InvariantCulture, out _) : value.ValueKind == JsonValueKind.Number,
            "boolean" => asText ? text is "true" or "false" : value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "timestamp" => asText ? DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, out _) : value.ValueKind == JsonValueKind.Number,
            _ => false,
        };
        if (!ok)
            problems.Add($"{path}: {text} is not a valid {kind}");
        if (ServiceModel.Enum(shape) is { } allowed && !allowed.Contains(text))
            problems.Add($"{path}: {text} is not one of {string.Join(", ", allowed)}");
    }
}
