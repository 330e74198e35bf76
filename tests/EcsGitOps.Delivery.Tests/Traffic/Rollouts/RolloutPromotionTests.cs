using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Traffic.Rollouts;

public sealed class RolloutPromotionTests
{
    private readonly RolloutHarness _harness = new();

    [Fact]
    public async Task Promotion_runs_once_all_traffic_is_on_green_and_has_passed_analysis()
    {
        var promotion = new RecordingPromotion(_harness.Router);

        var result = await _harness.RunAsync(RolloutHarness.Request() with { Promotion = promotion });

        Assert.True(result.Succeeded);
        var promoted = Assert.Single(promotion.Seen);
        Assert.Equal((RolloutPhase.Promoting, 100), (promoted.Phase, promoted.Weights.Green));
    }

    [Fact]
    public async Task A_promotion_that_fails_sends_traffic_back_to_blue()
    {
        var promotion = new RecordingPromotion(_harness.Router, fails: true);

        var result = await _harness.RunAsync(RolloutHarness.Request() with { Promotion = promotion });

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal("promotion failed: task set not found", result.Reason);
        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), _harness.Router.Weights);
    }

    [Fact]
    public async Task An_approved_promotion_asks_once_before_all_traffic_moves_and_goes_ahead()
    {
        var prompt = new ScriptedPrompt(answer: true);

        var result = await _harness.RunAsync(RolloutHarness.Request() with { Gates = [ManualApprovalGate.Create(prompt)] });

        Assert.True(result.Succeeded);
        Assert.Equal(["Send 100% of shop/web traffic to green (deployment web:8)?"], prompt.Questions);
    }

    [Fact]
    public async Task A_declined_promotion_rolls_back_without_sending_all_traffic_to_green()
    {
        var gate = ManualApprovalGate.Create(new ScriptedPrompt(answer: false));

        var result = await _harness.RunAsync(RolloutHarness.Request() with { Gates = [gate] });

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal("manual approval: promotion declined", result.Reason);
        Assert.Equal(90, _harness.Router.History.Max(w => w.Green));
        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), _harness.Router.Weights);
    }

    private sealed class RecordingPromotion(InMemoryTrafficRouter router, bool fails = false) : IRolloutPromotion
    {
        public List<RolloutState> Seen { get; } = [];

        public Task PromoteAsync(RolloutState state, CancellationToken cancellationToken)
        {
            Assert.Equal(100, router.Weights.Green);
            Seen.Add(state);
            return fails ? Task.FromException(new InvalidOperationException("task set not found")) : Task.CompletedTask;
        }
    }
}
