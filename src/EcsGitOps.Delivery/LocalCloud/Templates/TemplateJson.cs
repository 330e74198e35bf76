using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Delivery.LocalCloud.Templates;

/// <summary>
/// Writes a CloudFormation template (YAML or JSON) as JSON, in the author's order, with short-form tags in their long
/// forms and scalars typed as the YAML reader types them: the JSON creates the same resources as the YAML did.
/// </summary>
static class TemplateJson
{
    const string StandardTag = "tag:yaml.org,2002:";

    static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // A template body is not HTML: keep '+', '<' and '&' as they are written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <param name="text">A template <see cref="Stacks.StackGraphTemplate.Parse"/> has read without error.</param>
    /// <param name="leftOut">Logical ids of resources the JSON leaves out.</param>
    public static string Write(string text, IReadOnlyCollection<string> leftOut)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            foreach (var (key, value) in root.Children)
            {
                var name = Key(key);
                json.WritePropertyName(name);
                if (name == "Resources" && value is YamlMappingNode resources && resources.Tag.IsEmpty)
                    Mapping(json, resources, id => !leftOut.Contains(id));
                else
                    Node(json, value);
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    static void Node(Utf8JsonWriter json, YamlNode node)
    {
        if (Intrinsic(node) is not { } function)
        {
            Content(json, node);
            return;
        }
        json.WriteStartObject();
        json.WritePropertyName(function);
        if (function == "Fn::GetAtt" && node is YamlScalarNode { Value: { } dotted } && dotted.IndexOf('.') is var dot and > 0)
        {
            json.WriteStartArray();
            json.WriteStringValue(dotted[..dot]);
            json.WriteStringValue(dotted[(dot + 1)..]);
            json.WriteEndArray();
        }
        else
            Content(json, node);
        json.WriteEndObject();
    }

    static void Content(Utf8JsonWriter json, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode mapping:
                Mapping(json, mapping, _ => true);
                break;
            case YamlSequenceNode sequence:
                json.WriteStartArray();
                foreach (var item in sequence.Children)
                    Node(json, item);
                json.WriteEndArray();
                break;
            case YamlScalarNode scalar when Typed(scalar):
                YamlScalar.Write(json, scalar.Value ?? "");
                break;
            case YamlScalarNode scalar:
                json.WriteStringValue(scalar.Value ?? "");
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }

    static void Mapping(Utf8JsonWriter json, YamlMappingNode mapping, Func<string, bool> keep)
    {
        json.WriteStartObject();
        foreach (var (key, value) in mapping.Children)
        {
            var name = Key(key);
            if (!keep(name))
                continue;
            json.WritePropertyName(name);
            Node(json, value);
        }
        json.WriteEndObject();
    }

    // A quoted or intrinsic-tagged scalar is text; a plain one, or one tagged with a standard type, is typed by the YAML rules.
    static bool Typed(YamlScalarNode scalar) => scalar.Tag.IsEmpty
        ? scalar.Style is YamlDotNet.Core.ScalarStyle.Plain
        : scalar.Tag.Value.StartsWith(StandardTag, StringComparison.Ordinal) && scalar.Tag.Value != StandardTag + "str";

    // The same reading of tags as StackGraphTemplate's: "!Ref" is Ref, "!Sub" is Fn::Sub; "!" and "!!str" are not intrinsics.
    static string? Intrinsic(YamlNode node) =>
        node.Tag.IsEmpty || node.Tag.Value is not ['!', _, ..] tag || tag.StartsWith("!!", StringComparison.Ordinal) ? null
        : tag[1..] is "Ref" or "Condition" ? tag[1..]
        : "Fn::" + tag[1..];

    static string Key(YamlNode key) => ((YamlScalarNode)key).Value ?? "";
}
