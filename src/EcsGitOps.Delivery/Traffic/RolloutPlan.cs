using System.Globalization;
using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.Traffic;

/// <summary>The percentages of traffic the new colour receives, step by step; the last step is always 100.</summary>
public sealed record RolloutPlan
{
    private const string Example = "list weights like 5,25,50,100";

    private RolloutPlan(IReadOnlyList<int> steps, bool promotionAdded) => (Steps, PromotionAdded) = (steps, promotionAdded);

    public IReadOnlyList<int> Steps { get; }

    /// <summary>True when the options stopped short of 100 and the final promotion step was appended.</summary>
    public bool PromotionAdded { get; }

    public int Count => Steps.Count;

    /// <summary>Binds <c>--step-weight</c>/<c>--max-weight</c> or <c>--steps</c>; with none of them, 10% more per step.</summary>
    public static RolloutPlan Parse(int? stepWeight, int? maxWeight, string? steps)
    {
        if (steps is null)
            return FromStepWeight(stepWeight ?? 10, maxWeight ?? 100);
        if (stepWeight is not null || maxWeight is not null)
            throw new InvalidOptionException("--steps", steps, "give either --steps or --step-weight/--max-weight, not both");
        return FromSteps(steps);
    }

    public static RolloutPlan FromStepWeight(int stepWeight, int maxWeight)
    {
        if (stepWeight is < 1 or > 100)
            throw new InvalidOptionException("--step-weight", Text(stepWeight), "must be between 1 and 100");
        if (maxWeight is < 1 or > 100)
            throw new InvalidOptionException("--max-weight", Text(maxWeight), "must be between 1 and 100");
        if (maxWeight < stepWeight)
            throw new InvalidOptionException(
                "--max-weight", Text(maxWeight), $"must be at least --step-weight ({Text(stepWeight)})");
        var weights = Enumerable.Range(1, maxWeight / stepWeight).Select(i => i * stepWeight).ToList();
        if (weights[^1] != maxWeight)
            weights.Add(maxWeight);
        return WithPromotion(weights);
    }

    public static RolloutPlan FromSteps(string steps)
    {
        var parts = steps.Split(',', StringSplitOptions.TrimEntries);
        if (steps.Trim().Length == 0)
            throw new InvalidOptionException("--steps", "\"\"", $"no weights given; {Example}");
        var weights = new List<int>(parts.Length);
        foreach (var part in parts)
        {
            if (!int.TryParse(part, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var weight))
                throw new InvalidOptionException("--steps", steps, $"'{part}' is not a whole number; {Example}");
            if (weight is < 0 or > 100)
                throw new InvalidOptionException("--steps", steps, $"{Text(weight)} is outside 0..100; {Example}");
            if (weights.Count > 0 && weight <= weights[^1])
                throw new InvalidOptionException(
                    "--steps", steps, $"weights must increase ({Text(weight)} comes after {Text(weights[^1])}); {Example}");
            weights.Add(weight);
        }
        return WithPromotion(weights);
    }

    public bool Equals(RolloutPlan? other) =>
        other is not null && PromotionAdded == other.PromotionAdded && Steps.SequenceEqual(other.Steps);

    public override int GetHashCode() => HashCode.Combine(PromotionAdded, Steps.Count, Steps[^1]);

    public override string ToString() => string.Join(",", Steps.Select(Text));

    private static RolloutPlan WithPromotion(List<int> weights)
    {
        var added = weights[^1] != 100;
        if (added)
            weights.Add(100);
        return new RolloutPlan(weights.AsReadOnly(), added);
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
