using System.Text;
using System.Text.RegularExpressions;
using EcsGitOps.Delivery.Inputs;

namespace EcsGitOps.Delivery.Images;

/// <summary>.dockerignore rules as the Docker CLI applies them: the last matching line wins, '!' re-includes,
/// a pattern also matches everything under a matching directory, '**' spans directories.</summary>
public sealed class DockerIgnore
{
    private readonly IReadOnlyList<Rule> _rules;

    private DockerIgnore(IReadOnlyList<Rule> rules) => _rules = rules;

    public static DockerIgnore None { get; } = new([]);

    /// <summary>True when a '!' line exists, so an excluded directory may still hold files that are sent.</summary>
    public bool HasExceptions => _rules.Any(rule => !rule.Excludes);

    /// <param name="source">The file the text came from, for messages.</param>
    /// <exception cref="ImageBuildException">A line is not a pattern (an unterminated or reversed [...] range): its line says so.</exception>
    public static DockerIgnore Parse(string text, string source = ".dockerignore")
    {
        var rules = new List<Rule>();
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            try
            {
                if (Rule.Parse(line) is { } rule) rules.Add(rule);
            }
            catch (RegexParseException e)
            {
                // "Invalid pattern '^[z-a]$' at offset 5. [x-y] range in reverse order.": the last sentence is the reason.
                var reason = e.Message.TrimEnd('.').Split(". ")[^1];
                throw new ImageBuildException($"{ShownPath.Of(source)}:{i + 1}: '{line}' is not a valid pattern ({reason}): fix or remove the line.");
            }
        }
        return new(rules);
    }

    public static DockerIgnore Load(string contextDirectory)
    {
        var path = Path.Combine(contextDirectory, ".dockerignore");
        return File.Exists(path) ? Parse(File.ReadAllText(path), path) : None;
    }

    /// <param name="relativePath">Path inside the context with '/' separators and no leading '/'.</param>
    public bool IsExcluded(string relativePath)
    {
        var excluded = false;
        foreach (var rule in _rules)
            if (rule.Excludes != excluded && rule.MatchesOrParentMatches(relativePath))
                excluded = rule.Excludes;
        return excluded;
    }

    private sealed record Rule(Regex Pattern, bool Excludes)
    {
        public static Rule? Parse(string line)
        {
            var excludes = !line.StartsWith('!');
            var pattern = Clean(excludes ? line : line[1..].Trim());
            return pattern.Length == 0 ? null : new Rule(new Regex(ToRegex(pattern), RegexOptions.CultureInvariant), excludes);
        }

        public bool MatchesOrParentMatches(string path)
        {
            if (Pattern.IsMatch(path)) return true;
            for (var slash = path.LastIndexOf('/'); slash > 0; slash = path.LastIndexOf('/', slash - 1))
                if (Pattern.IsMatch(path[..slash])) return true;
            return false;
        }

        // Docker cleans each pattern like a path: no leading '/', no '.' segments, no trailing '/'.
        private static string Clean(string pattern)
        {
            var segments = new List<string>();
            foreach (var segment in pattern.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                if (segment == ".") continue;
                if (segment == ".." && segments.Count > 0) segments.RemoveAt(segments.Count - 1);
                else if (segment != "..") segments.Add(segment);
            }
            return string.Join('/', segments);
        }

        private static string ToRegex(string pattern)
        {
            var regex = new StringBuilder("^");
            for (var i = 0; i < pattern.Length; i++)
            {
                var ch = pattern[i];
                if (ch == '*' && i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/') i++;
                    regex.Append(i + 1 == pattern.Length ? ".*" : "(.*/)?");
                }
                else if (ch == '*') regex.Append("[^/]*");
                else if (ch == '?') regex.Append("[^/]");
                else if (ch == '[') regex.Append(CharacterClass(pattern, ref i));
                else if (ch == '\\' && i + 1 < pattern.Length) regex.Append(Regex.Escape(pattern[++i].ToString()));
                else regex.Append(Regex.Escape(ch.ToString()));
            }
            return regex.Append('$').ToString();
        }

        private static string CharacterClass(string pattern, ref int i)
        {
            var end = pattern.IndexOf(']', i + 1);
            if (end < 0) return Regex.Escape("[");
            var body = pattern[(i + 1)..end];
            i = end;
            return "[" + (body.StartsWith('^') || body.StartsWith('!') ? "^" + body[1..] : body) + "]";
        }
    }
}
