using System.Text.RegularExpressions;

namespace EcsGitOps.Delivery.TaskDefinitions;

/// <summary>
/// Finds <c>{{ name }}</c> in JSON or YAML text and tells whether each stands inside quotes, so its value can be
/// escaped for that place. YAML comments are skipped; a quote opens a YAML string only where a scalar can start.
/// </summary>
static partial class PlaceholderScanner
{
    public static IReadOnlyList<Placeholder> Scan(string text, string source, TemplateFormat format)
    {
        var yaml = format == TemplateFormat.Yaml;
        var quoted = format != TemplateFormat.Text;
        var lines = new LineIndex(text);
        var found = new List<Placeholder>();
        var quoting = PlaceholderQuoting.None;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '{' && At(text, i, "{{"))
            {
                var match = PlaceholderPattern().Match(text, i);
                if (!match.Success)
                    throw new TemplateRenderException(source, lines.LineOf(i), null,
                        $"malformed placeholder '{Snippet(text, i)}': write {{{{ name }}}} (letters and digits)");
                found.Add(new Placeholder(match.Groups[1].Value, lines.LineOf(i), quoting, i, match.Length));
                i += match.Length - 1;
                continue;
            }
            if (!quoted)
                continue;
            switch (quoting)
            {
                case PlaceholderQuoting.Double when c == '\\':
                    i++;
                    break;
                case PlaceholderQuoting.Double when c == '"':
                    quoting = PlaceholderQuoting.None;
                    break;
                case PlaceholderQuoting.Single when c == '\'' && At(text, i + 1, "'"):
                    i++;
                    break;
                case PlaceholderQuoting.Single when c == '\'':
                    quoting = PlaceholderQuoting.None;
                    break;
                case PlaceholderQuoting.None when c == '"' && (!yaml || ScalarMayStart(text, i)):
                    quoting = PlaceholderQuoting.Double;
                    break;
                case PlaceholderQuoting.None when yaml && c == '\'' && ScalarMayStart(text, i):
                    quoting = PlaceholderQuoting.Single;
                    break;
                case PlaceholderQuoting.None when yaml && c == '#' && (i == 0 || char.IsWhiteSpace(text[i - 1])):
                    i = text.IndexOf('\n', i) is var end and >= 0 ? end : text.Length;
                    break;
            }
        }
        return found;
    }

    static bool At(string text, int index, string value) =>
        index + value.Length <= text.Length && string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

    static bool ScalarMayStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && text[i] is ' ' or '\t') i--;
        return i < 0 || text[i] is '\n' or ':' or '-' or '[' or '{' or ',' or '?';
    }

    static string Snippet(string text, int index)
    {
        var end = text.IndexOfAny(['\n', '\r'], index) is var e and >= 0 ? e : text.Length;
        return text[index..Math.Min(end, index + 40)];
    }

    [GeneratedRegex(@"\G\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}
