using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using EcsGitOps.Build.Definition;
using EcsGitOps.Build.Output;
using EcsGitOps.Build.Parameters;

namespace EcsGitOps.Build;

/// <summary>The JSON Schema (draft-07) of .nuke/build.schema.json: what parameters.json files may hold.</summary>
public static class BuildSchema
{
    const DynamicallyAccessedMemberTypes Members = BuildModelReader.Members | DynamicallyAccessedMemberTypes.PublicParameterlessConstructor;

    public static string Generate<[DynamicallyAccessedMembers(Members)] TBuild>() where TBuild : BuildBase, new() =>
        Generate(BuildModelReader.Read(new TBuild(), typeof(TBuild)));

    public static string Generate([DynamicallyAccessedMembers(Members)] Type buildType) =>
        Generate(BuildModelReader.Read((BuildBase)Activator.CreateInstance(buildType)!, buildType));

    internal static string Generate(BuildModel model)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("title", "Build Schema");
            json.WriteStartObject("definitions");
            Enumeration(json, "ExecutableTarget", model.Targets.Select(t => t.Name));
            Enumeration(json, "Verbosity", Enum.GetNames<Verbosity>());
            json.WriteEndObject();
            json.WriteStartObject("properties");
            Property(json, "Continue", "boolean", "Skip targets that succeeded in the previous identical invocation");
            Property(json, "Help", "boolean", "Show the targets, parameters and options");
            Property(json, "NoCache", "boolean", "Run targets even when their inputs and outputs are unchanged");
            Property(json, "Parallel", "boolean", "Run targets with no ordering between them at the same time");
            Property(json, "Plan", "boolean", "Print the execution plan and write .nuke/temp/plan.html");
            Array(json, "Profile", "Profiles whose .nuke/parameters.<name>.json to read", items => items.WriteString("type", "string"));
            Property(json, "Root", "string", "Root folder of the repository");
            Array(json, "Skip", "Targets to skip; empty skips all but the invoked ones", items => items.WriteString("$ref", "#/definitions/ExecutableTarget"));
            Array(json, "Target", "Targets to run", items => items.WriteString("$ref", "#/definitions/ExecutableTarget"));
            json.WriteStartObject("Verbosity");
            json.WriteString("description", "Output detail");
            json.WriteString("$ref", "#/definitions/Verbosity");
            json.WriteEndObject();
            foreach (var parameter in model.Parameters) Parameter(json, parameter);
            json.WriteEndObject();
            Exclusions(json, model.Parameters);
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    static void Parameter(Utf8JsonWriter json, ParameterMember parameter)
    {
        var type = Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type;
        json.WriteStartObject(parameter.Name);
        if (parameter.Description is { } description) json.WriteString("description", description);
        if (type.IsArray)
        {
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            Type(json, type.GetElementType()!);
            json.WriteEndObject();
        }
        else Type(json, type);
        if (parameter.IsSecret) json.WriteBoolean("writeOnly", true);
        json.WriteEndObject();
    }

    /// <summary>One file may not hold two parameters that exclude each other: each pair is a "not required" rule.</summary>
    static void Exclusions(Utf8JsonWriter json, IReadOnlyList<ParameterMember> parameters)
    {
        var pairs = parameters.SelectMany((a, i) => parameters.Skip(i + 1).Where(a.ExcludesEachOther).Select(b => (a.Name, b.Name))).ToList();
        if (pairs.Count == 0) return;
        json.WriteStartArray("allOf");
        foreach (var (a, b) in pairs)
        {
            json.WriteStartObject();
            json.WriteStartObject("not");
            json.WriteStartArray("required");
            json.WriteStringValue(a);
            json.WriteStringValue(b);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    static void Type(Utf8JsonWriter json, Type type)
    {
        json.WriteString("type", type == typeof(bool) ? "boolean" : type == typeof(int) || type == typeof(long) ? "integer" : type == typeof(double) ? "number" : "string");
        if (!type.IsEnum) return;
        json.WriteStartArray("enum");
        foreach (var name in Enum.GetNames(type)) json.WriteStringValue(name);
        json.WriteEndArray();
    }

    static void Enumeration(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "string");
        json.WriteStartArray("enum");
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    static void Property(Utf8JsonWriter json, string name, string type, string description)
    {
        json.WriteStartObject(name);
        json.WriteString("type", type);
        json.WriteString("description", description);
        json.WriteEndObject();
    }

    static void Array(Utf8JsonWriter json, string name, string description, Action<Utf8JsonWriter> items)
    {
        json.WriteStartObject(name);
        json.WriteString("type", "array");
        json.WriteString("description", description);
        json.WriteStartObject("items");
        items(json);
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
