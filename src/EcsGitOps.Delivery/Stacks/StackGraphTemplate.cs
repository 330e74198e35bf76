using EcsGitOps.Delivery.Inputs;
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

    public static async Task<StackGraphTemplate> LoadAsync(string path, CancellationToken cancellationToken) => File.Exists(path)
        ? Parse(await File.ReadAllTextAsync(path, cancellationToken), path)
        : throw new StackGraphException($"template {ShownPath.Of(path)} not found: fix the template path in the stack manifest");

    /// <exception cref="StackGraphException">The text is not YAML, or not one mapping: the message names the line and column.</exception>
    public static StackGraphTemplate Parse(string text, string path)
    {
        if (!YamlSyntax.TryLoad(text, path, out var stream, out var error))
            throw new StackGraphException($"{error}. Fix the template (cfn-lint {ShownPath.Of(path)} reports it too).");
        return stream.Documents is [{ RootNode: YamlMappingNode root }]
            ? new(path, (IReadOnlyDictionary<string, object?>)Convert(root, path)!)
            : throw new StackGraphException($"{ShownPath.Of(path)}: a CloudFormation template is one YAML or JSON mapping: fix the template");
    }

    static object? Convert(YamlNode node, string path)
    {
        object? value = node switch
        {
            YamlScalarNode scalar => scalar.Value,
            YamlSequenceNode sequence => (object)sequence.Children.Select(c => Convert(c, path)).ToList(),
            YamlMappingNode mapping => mapping.Children.ToDictionary(c => Key(c.Key, path), c => Convert(c.Value, path), StringComparer.Ordinal),
            _ => null,
        };
        return IntrinsicName(node) is { } name ? LongForm(name, value) : value;
    }

    static string Key(YamlNode key, string path) => key is YamlScalarNode scalar
        ? scalar.Value ?? ""
        : throw new StackGraphException($"{ShownPath.Of(path)}:{key.Start.Line}:{key.Start.Column}: a list or mapping stands where a name is expected "
            + "(CloudFormation keys are plain names): fix the template");

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
