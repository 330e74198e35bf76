using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Progress;

namespace EcsGitOps.Delivery.Tests.Traffic.Progress;

public sealed class TrafficBarTests
{
    [Theory]
    [InlineData(50, "[#####.....] green 50%")]
    [InlineData(0, "[..........] green 0%")]
    [InlineData(100, "[##########] green 100%")]
    [InlineData(5, "[#.........] green 5%")]
    [InlineData(4, "[..........] green 4%")]
    public void The_bar_fills_one_mark_per_ten_percent(int green, string bar) =>
        Assert.Equal(bar, TrafficBar.Render(new TrafficWeights(100 - green, green), Colour.Green));

    [Fact]
    public void The_bar_shows_the_colour_it_is_asked_about() =>
        Assert.Equal("[#######...] blue 70%", TrafficBar.Render(new TrafficWeights(70, 30), Colour.Blue));

    [Fact]
    public void The_bar_can_be_wider() =>
        Assert.Equal("[#####...............] green 25%", TrafficBar.Render(new TrafficWeights(75, 25), Colour.Green, width: 20));
}
