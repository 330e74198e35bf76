using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Traffic;

public sealed class RolloutPlanTests
{
    [Fact]
    public void A_step_weight_of_10_up_to_100_gives_ten_equal_steps()
    {
        var plan = RolloutPlan.Parse(stepWeight: 10, maxWeight: 100, steps: null);

        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], plan.Steps);
        Assert.False(plan.PromotionAdded);
    }

    [Fact]
    public void A_max_weight_below_100_is_followed_by_the_promotion_step()
    {
        var plan = RolloutPlan.FromStepWeight(20, 50);

        Assert.Equal([20, 40, 50, 100], plan.Steps);
        Assert.True(plan.PromotionAdded);
    }

    [Fact]
    public void Explicit_steps_are_taken_as_given()
    {
        var plan = RolloutPlan.Parse(null, null, "5, 25,50,100");

        Assert.Equal([5, 25, 50, 100], plan.Steps);
        Assert.Equal("5,25,50,100", plan.ToString());
    }

    [Fact]
    public void Explicit_steps_that_stop_short_of_100_get_the_promotion_step() =>
        Assert.Equal([0, 5, 25, 100], RolloutPlan.FromSteps("0,5,25").Steps);

    [Fact]
    public void Without_options_traffic_moves_10_percent_per_step() =>
        Assert.Equal(RolloutPlan.FromStepWeight(10, 100), RolloutPlan.Parse(null, null, null));

    [Theory]
    [InlineData("5,3,100", "--steps 5,3,100: weights must increase (3 comes after 5); list weights like 5,25,50,100")]
    [InlineData("5,5,100", "--steps 5,5,100: weights must increase (5 comes after 5); list weights like 5,25,50,100")]
    [InlineData("5,x", "--steps 5,x: 'x' is not a whole number; list weights like 5,25,50,100")]
    [InlineData("5,,100", "--steps 5,,100: '' is not a whole number; list weights like 5,25,50,100")]
    [InlineData("5,101", "--steps 5,101: 101 is outside 0..100; list weights like 5,25,50,100")]
    [InlineData("-5,50", "--steps -5,50: -5 is outside 0..100; list weights like 5,25,50,100")]
    [InlineData(" ", "--steps \"\": no weights given; list weights like 5,25,50,100")]
    public void Bad_steps_are_refused_in_one_line_naming_the_option_and_value(string steps, string message)
    {
        var error = Assert.Throws<InvalidOptionException>(() => RolloutPlan.FromSteps(steps));

        Assert.Equal(message, error.Message);
        Assert.Equal("--steps", error.Option);
    }

    [Theory]
    [InlineData(0, 100, "--step-weight 0: must be between 1 and 100")]
    [InlineData(101, 100, "--step-weight 101: must be between 1 and 100")]
    [InlineData(10, 0, "--max-weight 0: must be between 1 and 100")]
    [InlineData(10, 120, "--max-weight 120: must be between 1 and 100")]
    [InlineData(30, 20, "--max-weight 20: must be at least --step-weight (30)")]
    public void Bad_step_weights_are_refused_in_one_line_naming_the_option_and_value(int step, int max, string message) =>
        Assert.Equal(message, Assert.Throws<InvalidOptionException>(() => RolloutPlan.FromStepWeight(step, max)).Message);

    [Fact]
    public void Steps_and_step_weight_together_are_refused() =>
        Assert.Equal("--steps 5,100: give either --steps or --step-weight/--max-weight, not both",
            Assert.Throws<InvalidOptionException>(() => RolloutPlan.Parse(10, null, "5,100")).Message);
}
