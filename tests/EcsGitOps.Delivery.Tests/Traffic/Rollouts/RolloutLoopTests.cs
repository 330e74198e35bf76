using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Tests.Traffic.Rollouts;

public sealed class RolloutLoopTests
{
    private readonly RolloutHarness _harness = new();

    [Fact]
    public async Task A_ten_step_rollout_ends_with_all_traffic_on_green()
    {
        var check = ScriptedCheck.Passing();

        var result = await _harness.RunAsync(RolloutHarness.Request(checks: [check]));

        Assert.Equal(RolloutPhase.Succeeded, result.Phase);
        Assert.Equal(new TrafficWeights(0, 100), _harness.Router.Weights);
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], _harness.Router.History.Select(w => w.Green));
        Assert.Equal(10, check.Runs.Count);
        Assert.Equal(RolloutHarness.Start + 10 * RolloutHarness.Interval, _harness.Time.GetUtcNow());
    }

    [Fact]
    public async Task Each_interval_moves_traffic_one_step_further()
    {
        var run = _harness.Loop.RunAsync(RolloutHarness.Request(), CancellationToken.None);
        var seen = new List<int> { _harness.Router.Weights.Green };
        while (!run.IsCompleted)
        {
            _harness.Advance(RolloutHarness.Interval);
            seen.Add(_harness.Router.Weights.Green);
        }

        Assert.True((await run).Succeeded);
        Assert.Equal([10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 100], seen);
    }

    [Fact]
    public async Task A_check_failing_at_step_3_with_failure_threshold_2_rolls_back_to_blue_within_one_interval()
    {
        var result = await _harness.RunAsync(RolloutHarness.Request(failureThreshold: 2, checks: [ScriptedCheck.FailingFrom(30)]));

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.False(result.ToOutcome().IsSuccess);
        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), _harness.Router.Weights);
        Assert.Equal([10, 20, 30, 0], _harness.Router.History.Select(w => w.Green));
        var firstFailure = _harness.Observer.Of<CheckCompleted>().First(c => !c.Result.Passed);
        var rolledBack = Assert.Single(_harness.Observer.Of<RolledBack>());
        Assert.Equal(2, firstFailure.StepIndex);
        Assert.InRange(rolledBack.At - firstFailure.At, TimeSpan.Zero, RolloutHarness.Interval);
        Assert.Contains("2 failed checks reached the failure threshold of 2 at step 3/10", result.Reason);
        Assert.Contains("error rate", result.Reason);
    }

    [Fact]
    public async Task A_failed_round_below_the_threshold_keeps_the_weights_and_analyses_again()
    {
        var flaky = new ScriptedCheck("smoke", (context, run) => !(context.CanaryWeight == 20 && run == 2));

        var result = await _harness.RunAsync(RolloutHarness.Request(failureThreshold: 2, checks: [flaky]));

        Assert.True(result.Succeeded);
        Assert.Equal(1, result.FailedChecks);
        Assert.Equal(2, flaky.Runs.Count(context => context.CanaryWeight == 20));
        Assert.Single(_harness.Router.History, weights => weights.Green == 20);
    }

    [Fact]
    public async Task Failures_of_several_checks_in_one_round_add_up_and_roll_back_at_once()
    {
        var result = await _harness.RunAsync(RolloutHarness.Request(failureThreshold: 2,
            checks: [ScriptedCheck.FailingFrom(20, "error rate"), ScriptedCheck.FailingFrom(20, "latency")]));

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal(RolloutHarness.Start + 2 * RolloutHarness.Interval, _harness.Observer.Of<RolledBack>().Single().At);
    }

    [Fact]
    public async Task Reaching_the_threshold_skips_the_rest_of_the_round()
    {
        var later = ScriptedCheck.Passing("load test");

        await _harness.RunAsync(RolloutHarness.Request(failureThreshold: 1, checks: [ScriptedCheck.FailingFrom(10), later]));

        Assert.Empty(later.Runs);
    }

    [Fact]
    public async Task Cancelling_the_run_rolls_traffic_back_to_blue()
    {
        using var cancellation = new CancellationTokenSource();
        var run = _harness.Loop.RunAsync(RolloutHarness.Request(), cancellation.Token);
        for (var i = 0; i < 3; i++)
            _harness.Advance(RolloutHarness.Interval);

        _harness.Cancel(cancellation);
        var result = await run;

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), _harness.Router.Weights);
        Assert.Equal("cancelled at step 4/10 (blue 60% / green 40%)", result.Reason);
    }

    [Fact]
    public async Task A_router_that_fails_mid_rollout_gets_traffic_sent_back()
    {
        var harness = new RolloutHarness { Router = new InMemoryTrafficRouter { FailsOnSet = (call, _) => call == 3 } };

        var result = await harness.RunAsync(RolloutHarness.Request());

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), harness.Router.Weights);
        Assert.Equal("setting blue 70% / green 30% on in-memory route web failed: connection refused", result.Reason);
    }

    [Fact]
    public async Task A_rollback_the_router_refuses_fails_and_stays_recorded_for_resume()
    {
        var harness = new RolloutHarness { Router = new InMemoryTrafficRouter { FailsOnSet = (call, _) => call >= 3 } };

        var result = await harness.RunAsync(RolloutHarness.Request());

        Assert.Equal(RolloutPhase.Failed, result.Phase);
        Assert.EndsWith("traffic may still be split, rerun with --resume rollback", result.Reason);
        var recorded = harness.Records["shop/web"]!;
        Assert.Equal(RolloutPhase.RollingBack, recorded.Phase);
        Assert.True(recorded.IsActive);
    }

    [Fact]
    public async Task A_check_that_throws_counts_as_a_failed_check()
    {
        var broken = new ScriptedCheck("metrics", (_, _) => throw new HttpRequestException("throttled"));

        var result = await _harness.RunAsync(RolloutHarness.Request(failureThreshold: 1, checks: [broken]));

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        var failed = _harness.Observer.Of<CheckCompleted>().Single();
        Assert.Equal("the check could not run: throttled", failed.Result.Detail);
    }

    [Fact]
    public async Task Checks_run_only_at_the_steps_they_ask_for()
    {
        var atHalf = new ScriptedCheck("load test", (_, _) => true) { Applies = context => context.CanaryWeight == 50 };

        await _harness.RunAsync(RolloutHarness.Request(checks: [atHalf]));

        Assert.Equal([50], atHalf.Runs.Select(context => context.CanaryWeight));
    }

    [Fact]
    public async Task Checks_judge_the_interval_since_the_weights_were_set()
    {
        var check = ScriptedCheck.Passing();

        await _harness.RunAsync(RolloutHarness.Request(plan: RolloutPlan.FromSteps("50,100"), checks: [check]));

        var first = check.Runs[0];
        Assert.Equal((RolloutHarness.Start, RolloutHarness.Start + RolloutHarness.Interval), (first.WindowStart, first.WindowEnd));
        Assert.Equal(new TrafficWeights(50, 50), first.Weights);
    }

    [Fact]
    public async Task A_green_to_blue_rollout_moves_traffic_onto_blue_and_rolls_back_onto_green()
    {
        var harness = new RolloutHarness { Router = new InMemoryTrafficRouter(TrafficWeights.AllOn(Colour.Green)) };

        var result = await harness.RunAsync(RolloutHarness.Request(
            colours: ColourShift.GreenToBlue, checks: [ScriptedCheck.FailingFrom(50)], failureThreshold: 1));

        Assert.Equal([10, 20, 30, 40, 50], harness.Router.History.SkipLast(1).Select(w => w.Blue));
        Assert.Equal(TrafficWeights.AllOn(Colour.Green), result.Weights);
    }

    [Fact]
    public async Task Every_step_is_announced_before_its_weights_are_set_and_recorded()
    {
        await _harness.RunAsync(RolloutHarness.Request(plan: RolloutPlan.FromSteps("50")));

        var kinds = _harness.Observer.Events.Select(e => e.GetType().Name).Distinct();
        Assert.Equal(["RolloutStarted", "StepStarted", "PhaseChanged", "WeightsSet", "CheckCompleted", "RolloutFinished"], kinds);
        Assert.Equal(
            [RolloutPhase.Progressing, RolloutPhase.Analysing, RolloutPhase.Progressing, RolloutPhase.Analysing,
             RolloutPhase.Promoting, RolloutPhase.Succeeded],
            _harness.Observer.Of<PhaseChanged>().Select(p => p.Phase));
        Assert.Equal(RolloutPhase.Succeeded, _harness.Records["shop/web"]!.Phase);
    }
}
