using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// A CloudFormation template (YAML or JSON) as plain data: maps, lists and strings, with the short-form tags
/// (<c>!Ref</c>, <c>!Sub</c>, <c>!GetAtt</c>, <c>!ImportValue</c>, ...) turned into their long forms
/// (<c>{"Fn::Sub": ...}</c>), so code reads one shape whichever form the author wrote.
/// </summary>
public sealed class StackGraphTemplate
{
    StackGraphTemplate(string path, IReadOnlyDictionary<string, object?> root) => (Path, Root) = (path, root);

    public string Path { get; }

    public IReadOnlyDictionary<string, object?> Root { get; }

    public IReadOnlyDictionary<string, object?> Parameters => Section("Parameters");

    public IReadOnlyDictionary<string, object?> Resources => Section("Resources");

    public IReadOnlyDictionary<string, object?> Outputs => Section("Outputs");

    /// <summary>A parameter's Default, or null when it has none (a value must be given).</summary>
    public string? DefaultOf(string parameter) =>
        Parameters.GetValueOrDefault(parameter) is IReadOnlyDictionary<string, object?> p ? p.GetValueOrDefault("Default") as string : null;

    IReadOnlyDictionary<string, object?> Section(string name) =>
        Root.GetValueOrDefault(name) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    public static StackGraphTemplate Load(string path) => File.Exists(path)
        ? Parse(File.ReadAllText(path), path)
        : throw new StackGraphException($"template {path} not found: fix the template path in the stack manifest");

    public static StackGraphTemplate Parse(string text, string path)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new StackGraphException($"{path}:{e.Start.Line}: not valid YAML ({e.Message})");
        }
        return stream.Documents is [{ RootNode: YamlMappingNode root }]
            ? new(path, (IReadOnlyDictionary<string, object?>)Convert(root)!)
            : throw new StackGraphException($"{path}: a CloudFormation template is one YAML or JSON mapping");
    }

    static object? Convert(YamlNode node)
    {
        object? value = node switch
        {
            YamlScalarNode scalar => scalar.Value,
            YamlSequenceNode sequence => (object)sequence.Children.Select(Convert).ToList(),
            YamlMappingNode mapping => mapping.Children.ToDictionary(
                c => ((YamlScalarNode)c.Key).Value ?? "", c => Convert(c.Value), StringComparer.Ordinal),
            _ => null,
        };
        return IntrinsicName(node) is { } name ? LongForm(name, value) : value;
    }

    // "!Ref" -> "Ref"; "!" (a quoted scalar) and the standard "tag:yaml.org,2002:..." tags are not intrinsics.
    static string? IntrinsicName(YamlNode node) =>
        node.Tag.IsEmpty || node.Tag.Value is not ['!', _, ..] tag || tag.StartsWith("!!", StringComparison.Ordinal) ? null : tag[1..];

    static Dictionary<string, object?> LongForm(string name, object? value) => name switch
    {
        "Ref" or "Condition" => new() { [name] = value },
        "GetAtt" when value is string dotted && dotted.IndexOf('.') is var dot and > 0 =>
            new() { ["Fn::GetAtt"] = new List<object?> { dotted[..dot], dotted[(dot + 1)..] } },
        _ => new() { ["Fn::" + name] = value },
    };
}
