namespace EcsGitOps.Delivery.Traffic;

/// <summary>Percentages of traffic on each colour; always whole numbers from 0 to 100 that add up to 100.</summary>
public sealed record TrafficWeights
{
    public TrafficWeights(int blue, int green)
    {
        if (blue is < 0 or > 100 || green is < 0 or > 100 || blue + green != 100)
            throw new ArgumentException(
                $"Traffic weights blue {blue}% and green {green}% are not valid: each must be 0..100 and together 100.");
        (Blue, Green) = (blue, green);
    }

    public int Blue { get; }

    public int Green { get; }

    public static TrafficWeights AllOn(Colour colour) => colour == Colour.Blue ? new(100, 0) : new(0, 100);

    /// <summary>The weights with <paramref name="percent"/> on the shift's target colour and the rest on its source.</summary>
    public static TrafficWeights Towards(ColourShift shift, int percent) =>
        shift.To == Colour.Green ? new(100 - percent, percent) : new(percent, 100 - percent);

    public int Of(Colour colour) => colour == Colour.Blue ? Blue : Green;

    public override string ToString() => $"blue {Blue}% / green {Green}%";
}
