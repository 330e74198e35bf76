using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using EcsGitOps.Delivery.Tools;

namespace EcsGitOps.Delivery.Stacks;

/// <summary>
/// LintInfra: runs cfn-lint over the templates and reads its findings from its JSON report (<c>--format json</c>), so a
/// failure names the files and lines cfn-lint found, and the report can be kept as the target's output.
/// </summary>
/// <param name="executable">"cfn-lint" to find it on PATH, or a full path.</param>
public sealed partial class TemplateLint(string executable = "cfn-lint")
{
    /// <summary>One finding: a rule (E3012), its level (Error, Warning, Informational) and where, as cfn-lint reports it.</summary>
    /// <param name="File">The template's path as cfn-lint was given it: relative to the working directory.</param>
    public sealed record Finding(string File, int Line, int Column, string Rule, string Level, string Message)
    {
        public override string ToString() => $"{File}:{Line}:{Column}: {Level} {Rule}: {Message.ReplaceLineEndings(" ")}";
    }

    /// <summary>What one run checked and found.</summary>
    /// <param name="Version">cfn-lint's version: another version can find other things in the same templates.</param>
    /// <param name="Failed">cfn-lint's own verdict (its exit code), which its configuration (.cfnlintrc) can move.</param>
    public sealed record Result(string Version, IReadOnlyList<string> Templates, IReadOnlyList<Finding> Findings, bool Failed)
    {
        const int Listed = 5;

        /// <summary>One line: what was checked and, on failure, what was found where.</summary>
        public string Summary => !Failed
            ? $"cfn-lint {Version} checked {Count(Templates.Count, "template")}: "
                + (Findings.Count == 0 ? "no findings" : $"{Count(Findings.Count, "finding")} below its failing level")
            : $"cfn-lint found {Counts()} in {Places()}: fix the templates and lint again";

        string Counts()
        {
            var counts = Findings.GroupBy(f => f.Level).OrderBy(g => Rank(g.Key)).Select(g => Count(g.Count(), LevelNoun(g.Key))).ToList();
            return counts.Count == 1 ? counts[0] : $"{string.Join(", ", counts[..^1])} and {counts[^1]}";
        }

        string Places()
        {
            var shown = Findings.OrderBy(f => Rank(f.Level)).Take(Listed).ToList();
            var places = shown.GroupBy(f => f.File).Select(g => $"{g.Key} ({string.Join(", ", g.Select(f => $"{f.Rule} at line {f.Line}"))})");
            var more = Findings.Count - shown.Count;
            return string.Join(", ", places) + (more > 0 ? $" and {more} more (all above)" : "");
        }

        static int Rank(string level) => level switch { "Error" => 0, "Warning" => 1, "Informational" => 2, _ => 3 };

        static string LevelNoun(string level) => level switch { "Error" => "error", "Warning" => "warning", "Informational" => "informational finding", _ => "finding" };

        static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";

        /// <exception cref="TemplateLintException">cfn-lint failed the templates; the message is <see cref="Summary"/>.</exception>
        public void ThrowIfFailed()
        {
            if (Failed)
                throw new TemplateLintException(Summary, this);
        }

        /// <summary>The report as the target's output file: version, templates and findings, the same bytes for the same run.</summary>
        public async Task WriteAsync(string path, CancellationToken cancellationToken)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, ReportJson.Default.Result) + "\n", cancellationToken);
        }
    }

    [JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
    [JsonSerializable(typeof(Result))]
    sealed partial class ReportJson : JsonSerializerContext;

    /// <param name="templates">Template files; they are passed to cfn-lint relative to <paramref name="workingDirectory"/>.</param>
    /// <exception cref="TemplateLintException">cfn-lint is missing or gave no report; findings are not an exception (see <see cref="Result.ThrowIfFailed"/>).</exception>
    public async Task<Result> RunAsync(IReadOnlyList<string> templates, string workingDirectory, CancellationToken cancellationToken)
    {
        if (templates.Count == 0)
            throw new TemplateLintException($"no CloudFormation templates to check in {workingDirectory}: pass the templates' paths");
        var files = templates.Select(t => Path.GetRelativePath(workingDirectory, Path.GetFullPath(t)).Replace('\\', '/')).ToList();
        // The version costs a second start of cfn-lint; both run at once.
        var version = RunToolAsync(["--version"], workingDirectory, cancellationToken);
        var lint = RunToolAsync(["--format", "json", "--", .. files], workingDirectory, cancellationToken);
        var (exitCode, output, error) = await lint;
        var findings = Parse(output);
        if (findings is null || exitCode != 0 && findings.Count == 0)
            throw new TemplateLintException($"cfn-lint exited with code {exitCode} without {(findings is null ? "a report" : "findings")}"
                + $"{(ToolProcess.LastLine(error) is { } why ? $" ({why})" : "")}: run `cfn-lint {files[0]}` to see why");
        return new(VersionIn((await version).Output), files, findings, exitCode != 0);
    }

    /// <summary>The installed cfn-lint's version, as LintInfra's cache input: another version can find other things.</summary>
    public string InstalledVersion(string workingDirectory) =>
        VersionIn(RunToolAsync(["--version"], workingDirectory, CancellationToken.None).GetAwaiter().GetResult().Output);

    /// <summary>Null when the text is not cfn-lint's JSON report (a crash, a usage error).</summary>
    static IReadOnlyList<Finding>? Parse(string output)
    {
        try
        {
            using var document = JsonDocument.Parse(output);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return null;
            return [.. document.RootElement.EnumerateArray().Select(match => new Finding(
                match.GetProperty("Filename").GetString() ?? "",
                match.GetProperty("Location").GetProperty("Start").GetProperty("LineNumber").GetInt32(),
                match.GetProperty("Location").GetProperty("Start").GetProperty("ColumnNumber").GetInt32(),
                match.GetProperty("Rule").GetProperty("Id").GetString() ?? "",
                match.GetProperty("Level").GetString() ?? "",
                match.GetProperty("Message").GetString() ?? ""))];
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            return null;
        }
    }

    static string VersionIn(string output) => VersionPattern().Match(output) is { Success: true } match ? match.Value : output.Trim();

    async Task<ToolResult> RunToolAsync(IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        try
        {
            return await ToolProcess.RunAsync(executable, arguments, cancellationToken, workingDirectory);
        }
        catch (Win32Exception)
        {
            throw new TemplateLintException($"cfn-lint not found as '{executable}': install it (pip install cfn-lint) and put it on PATH");
        }
    }

    [GeneratedRegex(@"\d+(\.\d+)+\S*")]
    private static partial Regex VersionPattern();
}
