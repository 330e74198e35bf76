using System.Text.Json.Serialization.Metadata;

namespace EcsGitOps.Aws.Tests.Conformance;

/// <summary>Checks that every member of a response record exists, with a compatible type, in the model's output shape.</summary>
sealed class ResponseShapeValidator(ServiceModel model, List<string> problems)
{
    public void Validate(JsonTypeInfo type, string shapeName, string path, int depth = 0)
    {
        if (depth > 12)
            return;
        var shape = model.Shape(shapeName);
        var kind = ServiceModel.Type(shape);
        switch (type.Kind)
        {
            case JsonTypeInfoKind.Object when kind == "structure":
                var members = ServiceModel.Members(shape).ToDictionary(m => m.Name, m => m.Member);
                foreach (var property in type.Properties.Where(p => !Ignored(p)))
                    if (members.TryGetValue(property.Name, out var member))
                        Validate(type.Options.GetTypeInfo(property.PropertyType), member.GetProperty("shape").GetString()!, $"{path}.{property.Name}", depth + 1);
                    else
                        problems.Add($"{path}.{property.Name}: not a member of {shapeName}");
                return;
            case JsonTypeInfoKind.Enumerable when kind == "list":
                Validate(type.Options.GetTypeInfo(type.ElementType!), shape.GetProperty("member").GetProperty("shape").GetString()!, $"{path}[]", depth + 1);
                return;
            case JsonTypeInfoKind.Dictionary when kind == "map":
                Validate(type.Options.GetTypeInfo(type.ElementType!), shape.GetProperty("value").GetProperty("shape").GetString()!, $"{path}{{}}", depth + 1);
                return;
            case JsonTypeInfoKind.None when Compatible(Nullable.GetUnderlyingType(type.Type) ?? type.Type, kind):
                return;
            default:
                problems.Add($"{path}: {type.Type.Name} in the record, {kind} {shapeName} in the model");
                return;
        }
    }

    // Members the client adds from the raw answer, such as RawTaskDefinition, are not read from the wire;
    // extension data holds whatever members the record leaves unmodelled.
    static bool Ignored(JsonPropertyInfo property) => (property.Get is null && property.Set is null) || property.IsExtensionData;

    static bool Compatible(Type clr, string kind) => kind switch
    {
        "string" or "blob" => clr == typeof(string),
        "integer" => clr == typeof(int) || clr == typeof(long),
        "long" => clr == typeof(long),
        "double" or "float" => clr == typeof(double),
        "boolean" => clr == typeof(bool),
        "timestamp" => clr == typeof(DateTimeOffset),
        _ => false,
    };
}
