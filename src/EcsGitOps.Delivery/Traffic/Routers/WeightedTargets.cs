namespace EcsGitOps.Delivery.Traffic.Routers;

/// <summary>
/// Reads and rewrites a list of weighted targets (App Mesh weighted targets, ALB target group tuples) for two of them,
/// blue and green. Services keep relative weights; the rollout speaks in percentages.
/// </summary>
internal sealed class WeightedTargets<T>(
    string route,
    Func<T, string?> id,
    Func<T, int> weight,
    Func<T, int, T> withWeight,
    Func<string, int, T?, T> create)
{
    public TrafficWeights Read(IReadOnlyList<T> targets, string blue, string green)
    {
        EnsureOnlyBlueAndGreenServe(targets, blue, green);
        var (blueWeight, greenWeight) = (WeightOf(targets, blue), WeightOf(targets, green));
        if (!targets.Any(target => id(target) == blue || id(target) == green))
            throw new InvalidOperationException(
                $"{route} has no target {blue} or {green}; point the router at the route that serves them.");
        if (blueWeight + greenWeight == 0)
            throw new InvalidOperationException(
                $"{route} gives weight 0 to both {blue} and {green}, so it sends them no traffic; give one of them weight first.");
        var bluePercent = (int)Math.Round(100.0 * blueWeight / (blueWeight + greenWeight), MidpointRounding.AwayFromZero);
        return new TrafficWeights(bluePercent, 100 - bluePercent);
    }

    /// <summary>The same targets in the same order with the new weights; a colour the list lacks is added at the end,
    /// made from the other colour's target when there is one.</summary>
    public IReadOnlyList<T> Apply(IReadOnlyList<T> targets, string blue, string green, TrafficWeights weights)
    {
        EnsureOnlyBlueAndGreenServe(targets, blue, green);
        var result = targets.Select(target => id(target) == blue ? withWeight(target, weights.Blue)
            : id(target) == green ? withWeight(target, weights.Green)
            : target).ToList();
        var (blueTarget, greenTarget) = (Find(targets, blue), Find(targets, green));
        if (blueTarget is null)
            result.Add(create(blue, weights.Blue, greenTarget));
        if (greenTarget is null)
            result.Add(create(green, weights.Green, blueTarget));
        return result;
    }

    private T? Find(IReadOnlyList<T> targets, string target) => targets.FirstOrDefault(candidate => id(candidate) == target);

    private int WeightOf(IReadOnlyList<T> targets, string target) =>
        targets.Where(candidate => id(candidate) == target).Sum(weight);

    // Moving weight between blue and green while a third target also takes traffic would misstate every percentage.
    private void EnsureOnlyBlueAndGreenServe(IReadOnlyList<T> targets, string blue, string green)
    {
        var other = targets.FirstOrDefault(target => id(target) != blue && id(target) != green && weight(target) > 0);
        if (other is not null)
            throw new InvalidOperationException(
                $"{route} also sends traffic to {id(other)} (weight {weight(other)}); the rollout only moves traffic " +
                $"between {blue} and {green}, so set that target's weight to 0 first.");
    }
}
