using System.Globalization;
using System.Text;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>
/// A Mermaid xychart of the new colour's share of traffic at each step, starting from zero, and, where the steps carry
/// their traffic, bars of the new colour's 5xx rate during each step.
/// </summary>
internal static class WeightsChart
{
    public static string Mermaid(DeploymentRecord record)
    {
        var colour = record.Colours?.To ?? Colour.Green;
        var points = record.Steps
            .Select(step => (Name: DeploymentReport.StepName(step), step.At, Weight: step.Weights.Of(colour), Step: (DeploymentStep?)step))
            .Prepend((Name: "start", At: record.StartedAt, Weight: record.Colours is null ? record.Steps[0].Weights.Of(colour) : 0, Step: (DeploymentStep?)null))
            .ToList();
        var withTraffic = record.Steps.Any(step => step.Traffic is not null);
        var labels = Unique(points.Select(point => $"{point.Name} {Elapsed(point.At - record.StartedAt)}"));
        var values = points.Select(point => point.Weight.ToString(CultureInfo.InvariantCulture));
        var errorRates = points.Select(point =>
            (point.Step?.Traffic?.FirstOrDefault(traffic => traffic.Colour == colour)?.ErrorRatePercent ?? 0)
            .ToString("0.#", CultureInfo.InvariantCulture));
        var chart = new StringBuilder()
            .AppendLine("```mermaid")
            .AppendLine("xychart-beta")
            .AppendLine(withTraffic
                ? $"    title \"{colour.Name()}: share of traffic (line) and 5xx rate (bars), %\""
                : $"    title \"Traffic on {colour.Name()} (%)\"")
            .AppendLine($"    x-axis \"step and time since start (m:ss)\" [{string.Join(", ", labels.Select(l => $"\"{l}\""))}]")
            .AppendLine($"    y-axis \"{colour.Name()} %\" 0 --> 100");
        if (withTraffic)
            chart.AppendLine($"    bar [{string.Join(", ", errorRates)}]");
        return chart
            .AppendLine($"    line [{string.Join(", ", values)}]")
            .AppendLine("```")
            .ToString();
    }

    // Mermaid merges equal categories, which would shift every later point; a resumed step can repeat a label.
    private static List<string> Unique(IEnumerable<string> labels)
    {
        var seen = new Dictionary<string, int>();
        return labels.Select(label =>
        {
            var count = seen[label] = seen.GetValueOrDefault(label) + 1;
            return count == 1 ? label : $"{label} #{count}";
        }).ToList();
    }

    /// <summary>Time since the start as m:ss; a step recorded before the start (a resumed one) shows 0:00.</summary>
    internal static string Elapsed(TimeSpan span) => span < TimeSpan.Zero
        ? "0:00"
        : $"{(int)span.TotalMinutes}:{span.Seconds:00}";
}
