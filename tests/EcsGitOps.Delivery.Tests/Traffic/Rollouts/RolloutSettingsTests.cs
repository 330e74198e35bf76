using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Tests.Traffic.Rollouts;

public sealed class RolloutSettingsTests
{
    private static readonly RolloutPlan Plan = RolloutPlan.FromSteps("50,100");

    [Fact]
    public void A_failure_threshold_below_1_is_refused() =>
        Assert.Equal("--failure-threshold 0: must be at least 1 (the number of failed checks that rolls back)",
            Assert.Throws<InvalidOptionException>(() => new RolloutSettings(Plan, TimeSpan.FromMinutes(1), 0)).Message);

    [Fact]
    public void A_negative_interval_is_refused() =>
        Assert.Equal("--interval",
            Assert.Throws<InvalidOptionException>(() => new RolloutSettings(Plan, TimeSpan.FromSeconds(-1), 1)).Option);

    [Fact]
    public void A_rollback_may_take_two_minutes_unless_told_otherwise() =>
        Assert.Equal(TimeSpan.FromMinutes(2), new RolloutSettings(Plan, TimeSpan.Zero, 1).RollbackTimeout);
}
