using System.Globalization;
using EcsGitOps.Delivery.Inputs;
using YamlDotNet.RepresentationModel;

namespace EcsGitOps.Delivery.Scanning;

/// <summary>Reads accepted vulnerabilities from a file in Trivy's .trivyignore.yaml format.</summary>
/// <remarks>
/// Format: `vulnerabilities: [{ id, statement, expired_at }]`, as Trivy itself reads it, so one file serves both.
/// Unlike Trivy, a statement is required: an ignore nobody can explain is a finding nobody looked at.
/// </remarks>
public static class IgnoreFile
{
    public const string DefaultName = ".trivyignore.yaml";

    public static IReadOnlyList<IgnoreRule> Load(string path) =>
        File.Exists(path)
            ? Parse(File.ReadAllText(path), path)
            : throw new ImageScanException($"Ignore file not found: {Path.GetFullPath(path)}: create it or leave the ignore file setting unset.");

    public static IReadOnlyList<IgnoreRule> Parse(string yaml, string source)
    {
        if (!YamlSyntax.TryLoad(yaml, source, out var stream, out var error))
            throw new ImageScanException($"{error}. Fix the ignore file (Trivy's .trivyignore.yaml format).");
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("vulnerabilities"), out var list))
            return [];
        if (list is not YamlSequenceNode entries)
            throw new ImageScanException($"Ignore file {source}: 'vulnerabilities' must be a list of entries with id, statement and expired_at.");
        return [.. entries.Select(entry => Rule(entry, source))];
    }

    private static IgnoreRule Rule(YamlNode node, string source)
    {
        var line = node.Start.Line;
        if (node is not YamlMappingNode entry)
            throw new ImageScanException($"Ignore file {source} line {line}: each entry needs id, statement and expired_at.");
        var id = Scalar(entry, "id") ?? throw new ImageScanException($"Ignore file {source} line {line}: the entry has no id: add the vulnerability id it accepts.");
        var statement = Scalar(entry, "statement")
            ?? throw new ImageScanException($"Ignore file {source} line {line}: {id} has no statement: say why it is accepted.");
        return new IgnoreRule(id, statement, Scalar(entry, "expired_at") is { } expiry ? Date(expiry, id, source, line) : null);
    }

    // Trivy reads expired_at as a YAML timestamp: a date, or an RFC 3339 date and time. Only those exact forms are read,
    // so that 01/02/2027 is refused rather than guessed as 2 January.
    private static readonly string[] DateTimeFormats =
    [
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'",
        "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz",
    ];

    private static DateOnly Date(string text, string id, string source, long line) =>
        DateOnly.TryParseExact(text, "yyyy'-'MM'-'dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : DateTimeOffset.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.UtcDateTime)
        : throw new ImageScanException($"Ignore file {source} line {line}: expired_at '{text}' of {id} is not a date: write it as YYYY-MM-DD.");

    private static string? Scalar(YamlMappingNode entry, string key) =>
        entry.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode { Value: { Length: > 0 } text }
            ? text.Trim()
            : null;
}
