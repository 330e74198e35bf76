using System.Globalization;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Progress;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>
/// The steps of a deployment as a terminal table: the new colour's share as a bar, and what each colour served.
/// <code>
/// step       time   green share              blue: req   5xx    p99  green: req   5xx    p99
/// 1          0:04   [#.........] green 10%         182    0%   4 ms          20  100%   3 ms
/// rollback   0:09   [..........] green 0%           96    0%   3 ms           0     –      –
/// </code>
/// </summary>
public static class StepTrafficTable
{
    public static IReadOnlyList<string> Lines(DeploymentRecord record)
    {
        if (record.Steps.Count == 0)
            return [];
        var colour = record.Colours?.To ?? Colour.Green;
        var latency = DeploymentReport.LatencyName(record);
        var lines = new List<string>
        {
            $"{"step",-10} {"time",-6} {$"{colour.Name()} share",-23} {"blue: req",10} {"5xx",5} {latency,6} {"green: req",11} {"5xx",5} {latency,6}",
        };
        foreach (var step in record.Steps)
        {
            lines.Add($"{DeploymentReport.StepName(step),-10} {WeightsChart.Elapsed(step.At - record.StartedAt),-6} {TrafficBar.Render(step.Weights, colour),-23} "
                      + $"{Served(step, Colour.Blue, 10)} {Served(step, Colour.Green, 11)}");
        }
        return lines;
    }

    private static string Served(DeploymentStep step, Colour colour, int requestsWidth)
    {
        var served = step.Traffic?.FirstOrDefault(traffic => traffic.Colour == colour);
        var requests = served?.Requests.ToString(CultureInfo.InvariantCulture) ?? "–";
        var errors = served?.ErrorRatePercent is { } rate ? DeploymentReport.Percent(rate) : "–";
        return $"{requests.PadLeft(requestsWidth)} {errors,5} {DeploymentReport.Milliseconds(served?.LatencySeconds),6}";
    }
}
