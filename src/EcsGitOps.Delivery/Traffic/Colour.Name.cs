namespace EcsGitOps.Delivery.Traffic;

public static class ColourExtensions
{
    public static string Name(this Colour colour) => colour == Colour.Blue ? "blue" : "green";

    public static Colour Other(this Colour colour) => colour == Colour.Blue ? Colour.Green : Colour.Blue;
}
