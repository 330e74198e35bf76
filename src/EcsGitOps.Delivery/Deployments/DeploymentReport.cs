using System.Globalization;
using System.Text;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>The Markdown report of a deployment, for artifacts/ and the GitHub Actions step summary.</summary>
public static class DeploymentReport
{
    public static string ToMarkdown(DeploymentRecord record)
    {
        var markdown = new StringBuilder();
        markdown.AppendLine($"## {Headline(record)}").AppendLine();
        AppendSummary(markdown, record);
        if (record.Steps.Count == 0)
            return markdown.AppendLine().AppendLine("No traffic steps were recorded.").ToString();
        markdown.AppendLine().AppendLine("### Steps").AppendLine();
        AppendSteps(markdown, record);
        markdown.AppendLine().AppendLine("### Traffic over time").AppendLine();
        return markdown.Append(WeightsChart.Mermaid(record)).ToString();
    }

    public static Task WriteAsync(DeploymentRecord record, string path, CancellationToken cancellationToken)
    {
        if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } directory)
            Directory.CreateDirectory(directory);
        return File.WriteAllTextAsync(path, ToMarkdown(record), cancellationToken);
    }

    /// <summary>Adds the report to a file others also write to, such as the step summary whose path GitHub Actions gives.</summary>
    public static Task AppendAsync(DeploymentRecord record, string path, CancellationToken cancellationToken) =>
        File.AppendAllTextAsync(path, $"{ToMarkdown(record)}\n", cancellationToken);

    private static string Headline(DeploymentRecord record) => record.Outcome.Status switch
    {
        DeploymentStatus.Succeeded => $"✅ Deployment of {record.Service} succeeded",
        DeploymentStatus.RolledBack => $"❌ Deployment of {record.Service} rolled back",
        _ => $"❌ Deployment of {record.Service} failed",
    };

    private static void AppendSummary(StringBuilder markdown, DeploymentRecord record)
    {
        markdown.AppendLine("| | |").AppendLine("|---|---|");
        Row("Service", Code(record.Service));
        Row("Strategy", record.Strategy);
        if (record.DeploymentId is { } id)
            Row("Deployment", Code(id));
        Row("Image", Code(record.ImageDigest));
        Row("Task definition", Code(record.TaskDefinitionArn));
        if (record.Colours is { } colours)
            Row("Colours", $"{colours.From.Name()} → {colours.To.Name()}");
        Row("Outcome", $"**{Outcome(record.Outcome.Status)}**" +
                       (record.Outcome.Reasons.Count == 0 ? "" : $": {string.Join("; ", record.Outcome.Reasons)}"));
        Row("Started", Time(record.StartedAt));
        Row("Duration", Duration(record.Duration));
        if (record.Steps.Count > 0)
            Row("Final weights", record.Steps[^1].Weights.ToString());
        if (record.Steps.FirstOrDefault(step => step.Kind == DeploymentStepKind.Rollback) is { } rollback)
            Row("Rolled back", $"{Time(rollback.At)}, {Duration(rollback.At - record.StartedAt)} after the start, at step {rollback.Number}");
        if (NoDataWarning(record) is { } warning)
            Row("Warning", $"⚠️ {warning}");
        return;

        void Row(string name, string value) => markdown.AppendLine($"| {name} | {Cell(value)} |");
    }

    /// <summary>Checks that found nothing to judge, which a user should know about even when they counted as passes.</summary>
    public static string? NoDataWarning(DeploymentRecord record)
    {
        var checks = record.Steps.SelectMany(step => step.Checks).Where(check => check.NoData).ToList();
        if (checks.Count == 0)
            return null;
        var passed = checks.Count(check => check.Passed);
        return $"{checks.Count} check{(checks.Count == 1 ? "" : "s")} found no data"
            + (passed == 0 ? "" : $", {passed} of them passed (--no-data pass)") + ": nothing was there to judge";
    }

    private static void AppendSteps(StringBuilder markdown, DeploymentRecord record)
    {
        var withTraffic = record.Steps.Any(step => step.Traffic is not null);
        markdown.AppendLine(withTraffic
                ? $"| Step | Time | Weights | blue: requests, 5xx, {LatencyName(record)} | green: requests, 5xx, {LatencyName(record)} | Analysis |"
                : "| Step | Time | Weights | Analysis |")
            .AppendLine(withTraffic ? "|---|---|---|---|---|---|" : "|---|---|---|---|");
        foreach (var step in record.Steps)
        {
            var name = StepName(step);
            // A step watched for more than one interval shows when each round of checks ran.
            var rounds = step.Checks.Select(check => check.At).Distinct().Count();
            var checks = step.Checks.Select(check =>
                $"{(rounds > 1 ? $"{Clock(check.At)} " : "")}{(check.Passed ? "✅" : "❌")} {check.Name}: {check.Detail}");
            var notes = step.Note is null ? checks : checks.Prepend(step.Note);
            var traffic = withTraffic ? $"{TrafficCell(step, Colour.Blue)} | {TrafficCell(step, Colour.Green)} | " : "";
            markdown.AppendLine(
                $"| {name} | {Time(step.At)} | {Cell(step.Weights.ToString())} | {traffic}{string.Join("<br>", notes.Select(Cell))} |");
        }
    }

    internal static string StepName(DeploymentStep step) => step.Kind switch
    {
        DeploymentStepKind.Rollback => "rollback",
        DeploymentStepKind.Promotion => "promotion",
        _ => step.Number.ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>"p99", or "max" where the metrics store has no percentiles.</summary>
    internal static string LatencyName(DeploymentRecord record) =>
        record.Steps.SelectMany(step => step.Traffic ?? []).FirstOrDefault()?.LatencyStat is "Maximum" ? "max" : "p99";

    private static string TrafficCell(DeploymentStep step, Colour colour) =>
        step.Traffic?.FirstOrDefault(traffic => traffic.Colour == colour) is { Requests: > 0 } served
            ? $"{served.Requests} · {Percent(served.ErrorRatePercent!.Value)} · {Milliseconds(served.LatencySeconds)}"
            : "–";

    internal static string Percent(double value) => $"{value.ToString("0.#", CultureInfo.InvariantCulture)}%";

    internal static string Milliseconds(double? seconds) =>
        seconds is { } s ? $"{(s * 1000).ToString("0", CultureInfo.InvariantCulture)} ms" : "–";

    private static string Outcome(DeploymentStatus status) => status switch
    {
        DeploymentStatus.Succeeded => "succeeded",
        DeploymentStatus.RolledBack => "rolled back",
        _ => "failed",
    };

    private static string Time(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Clock(DateTimeOffset at) => at.UtcDateTime.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    internal static string Duration(TimeSpan span) => span switch
    {
        { TotalHours: >= 1 } => $"{(int)span.TotalHours}h {span.Minutes}m {span.Seconds}s",
        { TotalMinutes: >= 1 } => $"{span.Minutes}m {span.Seconds}s",
        _ => $"{span.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)}s",
    };

    private static string Code(string text) => $"`{text.Replace("`", "'", StringComparison.Ordinal)}`";

    private static string Cell(string text) =>
        text.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
