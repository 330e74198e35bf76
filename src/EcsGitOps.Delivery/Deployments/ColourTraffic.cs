using System.Text.Json.Serialization;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Deployments;

/// <summary>What one colour's target group served during one step, read from its load balancer metrics.</summary>
/// <param name="Errors">Responses with a 5xx status from the colour's targets.</param>
/// <param name="LatencySeconds">The step's response time by <paramref name="LatencyStat"/>; null without requests.</param>
/// <param name="LatencyStat">"p99", or "Maximum" where the metrics store cannot compute percentiles (the local cloud).</param>
public sealed record ColourTraffic(Colour Colour, long Requests, long Errors, double? LatencySeconds, string LatencyStat)
{
    [JsonIgnore]
    public double? ErrorRatePercent => Requests == 0 ? null : 100.0 * Errors / Requests;
}
