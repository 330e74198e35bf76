namespace EcsGitOps.Delivery.Traffic.Progress;

/// <summary>A colour's share of traffic as text: <c>[#####.....] green 50%</c>.</summary>
public static class TrafficBar
{
    public static string Render(TrafficWeights weights, Colour colour, int width = 10)
    {
        var percent = weights.Of(colour);
        var filled = (int)Math.Round(percent * width / 100.0, MidpointRounding.AwayFromZero);
        return $"[{new string('#', filled)}{new string('.', width - filled)}] {colour.Name()} {percent}%";
    }
}
