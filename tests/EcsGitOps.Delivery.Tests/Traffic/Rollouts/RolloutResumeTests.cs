using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Traffic.Rollouts;

public sealed class RolloutResumeTests
{
    private static readonly IReadOnlyList<int> TenSteps = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

    private readonly RolloutHarness _harness = new() { Router = new InMemoryTrafficRouter(new TrafficWeights(60, 40)) };

    [Fact]
    public async Task Resuming_a_rollout_interrupted_at_step_4_continues_from_step_4()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Analysing, stepIndex: 3));

        var result = await _harness.RunAsync(RolloutHarness.Request(resume: ResumeMode.Continue));

        Assert.True(result.Succeeded);
        Assert.Equal([40, 50, 60, 70, 80, 90, 100], _harness.Router.History.Select(w => w.Green));
        var started = Assert.Single(_harness.Observer.Of<RolloutStarted>());
        Assert.True(started.Resumed);
        Assert.Equal(3, started.FirstStep);
        Assert.Equal(new TrafficWeights(60, 40), started.Found);
    }

    [Theory]
    [InlineData(RolloutPhase.Progressing, 0)]
    [InlineData(RolloutPhase.Analysing, 0)]
    [InlineData(RolloutPhase.Progressing, 4)]
    [InlineData(RolloutPhase.Analysing, 8)]
    [InlineData(RolloutPhase.Progressing, 9)]
    [InlineData(RolloutPhase.Analysing, 9)]
    public async Task A_rollout_killed_at_any_step_and_resumed_ends_with_all_traffic_on_green(RolloutPhase phase, int stepIndex)
    {
        _harness.Records.Seed(Interrupted(phase, stepIndex));

        var result = await _harness.RunAsync(RolloutHarness.Request(resume: ResumeMode.Continue));

        Assert.True(result.Succeeded);
        Assert.Equal(TenSteps.Skip(stepIndex), _harness.Router.History.Select(w => w.Green));
        Assert.Equal(RolloutPhase.Succeeded, _harness.Records["shop/web"]!.Phase);
    }

    [Fact]
    public async Task A_resumed_rollout_keeps_its_recorded_plan_colours_and_failed_checks()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Progressing, stepIndex: 3) with { FailedChecks = 1 });

        var result = await _harness.RunAsync(RolloutHarness.Request(
            plan: RolloutPlan.FromSteps("50,100"), failureThreshold: 2, checks: [ScriptedCheck.FailingFrom(60)],
            resume: ResumeMode.Continue));

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal([40, 50, 60, 0], _harness.Router.History.Select(w => w.Green));
        Assert.Equal(2, result.FailedChecks);
    }

    [Fact]
    public async Task A_new_run_is_refused_while_an_interrupted_rollout_is_recorded_and_names_its_owner()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Analysing, stepIndex: 3));

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(
            () => _harness.RunAsync(RolloutHarness.Request(deploymentId: "web:9")));

        Assert.Equal(
            "Service shop/web has a rollout in progress: deployment web:8 by bob@ci run 77 since 2026-03-02 08:00:00Z, " +
            "analysing at step 4/10 (blue 60% / green 40%); wait for it to finish, or if that run has stopped, " +
            "rerun with --resume to continue it or --resume rollback to undo it.",
            refused.Message);
        Assert.Empty(_harness.Router.History);
    }

    [Fact]
    public async Task Resuming_with_another_deployment_is_refused_and_points_at_rolling_back()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Analysing, stepIndex: 3));

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(
            () => _harness.RunAsync(RolloutHarness.Request(deploymentId: "web:9", resume: ResumeMode.Continue)));

        Assert.EndsWith("not of web:9; rerun with --resume rollback to undo it first.", refused.Message);
        Assert.Empty(_harness.Router.History);
    }

    [Fact]
    public async Task Resume_rollback_sends_all_traffic_to_the_recorded_stable_colour()
    {
        var harness = new RolloutHarness { Router = new InMemoryTrafficRouter(new TrafficWeights(30, 70)) };
        harness.Records.Seed(Interrupted(RolloutPhase.Progressing, stepIndex: 2) with
        {
            Colours = ColourShift.GreenToBlue, Weights = new TrafficWeights(30, 70),
        });

        var result = await harness.RunAsync(RolloutHarness.Request(deploymentId: "web:9", resume: ResumeMode.RollBack));

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal(TrafficWeights.AllOn(Colour.Green), harness.Router.Weights);
        Assert.Equal("rolled back deployment web:8, interrupted at step 3/10 (blue 30% / green 70%)", result.Reason);
        Assert.Equal(RolloutPhase.RolledBack, harness.Records["shop/web"]!.Phase);
    }

    [Fact]
    public async Task Resuming_an_interrupted_rollback_finishes_it()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.RollingBack, stepIndex: 3) with { Reason = "alarm web-5xx fired" });

        var result = await _harness.RunAsync(RolloutHarness.Request(resume: ResumeMode.Continue));

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal("alarm web-5xx fired", result.Reason);
        Assert.Equal([0], _harness.Router.History.Select(w => w.Green));
    }

    [Fact]
    public async Task Resuming_an_interrupted_promotion_promotes_without_moving_traffic_again()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Promoting, stepIndex: 9) with { Weights = new TrafficWeights(0, 100) });

        var result = await _harness.RunAsync(RolloutHarness.Request(resume: ResumeMode.Continue));

        Assert.True(result.Succeeded);
        Assert.Empty(_harness.Router.History);
    }

    [Fact]
    public async Task A_deployment_already_promoted_is_not_shifted_again()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Succeeded, stepIndex: 9) with { Weights = new TrafficWeights(0, 100) });

        var result = await _harness.RunAsync(RolloutHarness.Request());

        Assert.True(result.Succeeded);
        Assert.StartsWith("deployment web:8 was already promoted", result.Reason);
        Assert.Empty(_harness.Router.History);
    }

    [Fact]
    public async Task A_finished_rollout_of_an_earlier_deployment_does_not_hold_up_the_next()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Succeeded, stepIndex: 9) with { DeploymentId = "web:7" });

        var result = await _harness.RunAsync(RolloutHarness.Request());

        Assert.True(result.Succeeded);
        Assert.Equal(10, _harness.Router.History.Count);
    }

    [Fact]
    public async Task Resume_rollback_with_nothing_interrupted_leaves_traffic_alone_and_does_not_pass()
    {
        var result = await _harness.RunAsync(RolloutHarness.Request(resume: ResumeMode.RollBack));

        Assert.Equal(RolloutPhase.Failed, result.Phase);
        Assert.Equal("no interrupted rollout of shop/web to roll back; traffic left at blue 60% / green 40%", result.Reason);
        Assert.Empty(_harness.Router.History);
    }

    [Fact]
    public async Task Resume_with_nothing_recorded_starts_a_new_rollout()
    {
        var result = await _harness.RunAsync(RolloutHarness.Request(resume: ResumeMode.Continue));

        Assert.True(result.Succeeded);
        Assert.Equal(10, _harness.Router.History[0].Green);
    }

    [Fact]
    public async Task A_recorded_rollout_that_had_reached_the_threshold_is_rolled_back_on_resume()
    {
        _harness.Records.Seed(Interrupted(RolloutPhase.Analysing, stepIndex: 3) with { FailedChecks = 2 });

        var result = await _harness.RunAsync(RolloutHarness.Request(failureThreshold: 2, resume: ResumeMode.Continue));

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal([0], _harness.Router.History.Select(w => w.Green));
    }

    [Theory]
    [InlineData(null, ResumeMode.None, "Start")]
    [InlineData(null, ResumeMode.Continue, "Start")]
    [InlineData(null, ResumeMode.RollBack, "NothingToRollBack")]
    [InlineData(RolloutPhase.Analysing, ResumeMode.None, "RefuseInterrupted")]
    [InlineData(RolloutPhase.Analysing, ResumeMode.Continue, "Continue")]
    [InlineData(RolloutPhase.Analysing, ResumeMode.RollBack, "RollBackRecorded")]
    [InlineData(RolloutPhase.Succeeded, ResumeMode.None, "AlreadySucceeded")]
    [InlineData(RolloutPhase.Succeeded, ResumeMode.RollBack, "AlreadySucceeded")]
    [InlineData(RolloutPhase.RolledBack, ResumeMode.None, "Start")]
    [InlineData(RolloutPhase.RolledBack, ResumeMode.RollBack, "NothingToRollBack")]
    public void What_a_run_of_the_same_deployment_does_given_the_record(RolloutPhase? recorded, ResumeMode mode, string action)
    {
        var state = recorded is { } phase ? Interrupted(phase, stepIndex: 3) : null;

        Assert.Equal(action, ResumePolicy.Decide(state, "web:8", mode).ToString());
    }

    private static RolloutState Interrupted(RolloutPhase phase, int stepIndex) => new(
        "shop/web", "web:8", "bob@ci run 77", ColourShift.BlueToGreen, TenSteps, phase, stepIndex,
        TrafficWeights.Towards(ColourShift.BlueToGreen, TenSteps[stepIndex]), 0,
        RolloutHarness.Start.AddHours(-1), RolloutHarness.Start.AddMinutes(-1));
}
