namespace EcsGitOps.Delivery.Traffic;

/// <summary>Which colour serves traffic now (<see cref="From"/>) and which one the deployment moves it to.</summary>
public sealed record ColourShift
{
    public ColourShift(Colour from, Colour to)
    {
        if (from == to)
            throw new ArgumentException($"A deployment moves traffic between two colours, but both are {from.Name()}.");
        (From, To) = (from, to);
    }

    public static ColourShift BlueToGreen { get; } = new(Colour.Blue, Colour.Green);

    public static ColourShift GreenToBlue { get; } = new(Colour.Green, Colour.Blue);

    public Colour From { get; }

    public Colour To { get; }

    public override string ToString() => $"{From.Name()} -> {To.Name()}";
}
