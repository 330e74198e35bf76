using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Traffic;

public sealed class TrafficWeightsTests
{
    [Fact]
    public void Weights_are_percentages_of_blue_and_green()
    {
        var weights = new TrafficWeights(70, 30);

        Assert.Equal((70, 30), (weights.Of(Colour.Blue), weights.Of(Colour.Green)));
        Assert.Equal("blue 70% / green 30%", weights.ToString());
    }

    [Theory]
    [InlineData(-10, 110)]
    [InlineData(101, -1)]
    [InlineData(50, 40)]
    [InlineData(60, 60)]
    public void Weights_outside_0_to_100_or_not_adding_up_to_100_are_refused(int blue, int green)
    {
        var error = Assert.Throws<ArgumentException>(() => new TrafficWeights(blue, green));

        Assert.Equal(
            $"Traffic weights blue {blue}% and green {green}% are not valid: each must be 0..100 and together 100.",
            error.Message);
    }

    [Fact]
    public void Moving_towards_green_puts_the_percentage_on_green_and_the_rest_on_blue() =>
        Assert.Equal(new TrafficWeights(70, 30), TrafficWeights.Towards(ColourShift.BlueToGreen, 30));

    [Fact]
    public void Moving_towards_blue_puts_the_percentage_on_blue_and_the_rest_on_green() =>
        Assert.Equal(new TrafficWeights(30, 70), TrafficWeights.Towards(ColourShift.GreenToBlue, 30));

    [Fact]
    public void A_shift_between_one_colour_and_itself_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ColourShift(Colour.Green, Colour.Green));
}
