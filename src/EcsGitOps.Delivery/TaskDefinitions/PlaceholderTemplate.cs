using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>
/// A JSON or YAML text with <c>{{ name }}</c> placeholders, rendered strictly: every placeholder needs a non-empty
/// value of its name, escaped for where it stands, so the result stays valid JSON or YAML.
/// </summary>
public sealed partial class PlaceholderTemplate
{
    readonly string text;
    readonly TemplateFormat format;

    PlaceholderTemplate(string text, string source, TemplateFormat format, IReadOnlyList<Placeholder> placeholders) =>
        (this.text, Source, this.format, Placeholders) = (text, source, format, placeholders);

    /// <summary>The template's path as users know it; errors start with it.</summary>
    public string Source { get; }

    public IReadOnlyList<Placeholder> Placeholders { get; }

    /// <param name="source">The template's path; a .yaml/.yml extension reads it as YAML, anything else as JSON.</param>
    public static PlaceholderTemplate Parse(string text, string source) =>
        Parse(text, source, Path.GetExtension(source) is ".yaml" or ".yml" ? TemplateFormat.Yaml : TemplateFormat.Json);

    internal static PlaceholderTemplate Parse(string text, string source, TemplateFormat format)
    {
        var normalized = text.ReplaceLineEndings("\n");
        return new(normalized, source, format, PlaceholderScanner.Scan(normalized, source, format));
    }

    public string Render(IReadOnlyDictionary<string, string?> values)
    {
        var output = new StringBuilder(text.Length + 256);
        var copied = 0;
        foreach (var placeholder in Placeholders)
        {
            output.Append(text, copied, placeholder.Offset - copied);
            output.Append(Encode(placeholder, ValueOf(placeholder, values)));
            copied = placeholder.Offset + placeholder.Length;
        }
        return output.Append(text, copied, text.Length - copied).ToString();
    }

    string ValueOf(Placeholder placeholder, IReadOnlyDictionary<string, string?> values) =>
        values.TryGetValue(placeholder.Name, out var value)
            ? string.IsNullOrWhiteSpace(value)
                ? throw Problem(placeholder, $"placeholder {{{{ {placeholder.Name} }}}} has no value: set it (a build parameter or a stack output)")
                : value
            : throw Problem(placeholder, $"unknown placeholder {{{{ {placeholder.Name} }}}}: nothing supplies a value of that name "
                + $"(known: {string.Join(", ", values.Keys.Order(StringComparer.Ordinal).Take(30))}); fix the name in the template");

    string Encode(Placeholder placeholder, string value) => placeholder.Quoting switch
    {
        _ when format == TemplateFormat.Text => value,
        PlaceholderQuoting.Double => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString(),
        PlaceholderQuoting.Single when value.Any(char.IsControl) =>
            throw Problem(placeholder, $"value of {{{{ {placeholder.Name} }}}} has control characters, which a single-quoted YAML string cannot hold: use double quotes"),
        PlaceholderQuoting.Single => value.Replace("'", "''"),
        _ when BareLiteral().IsMatch(value) => value,
        _ => throw Problem(placeholder, $"placeholder {{{{ {placeholder.Name} }}}} stands outside quotes, so it takes a number or true/false, not '{value}': quote it to insert text"),
    };

    internal TemplateRenderException Problem(Placeholder placeholder, string problem) =>
        new(Source, placeholder.Line, placeholder.Name, problem);

    [GeneratedRegex(@"^(-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?|true|false)$")]
    private static partial Regex BareLiteral();
}
