using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Progress;
using EcsGitOps.Delivery.Traffic.Rollouts;

namespace EcsGitOps.Delivery.Tests.Traffic.Progress;

public sealed class TrafficProgressRendererTests
{
    [Fact]
    public async Task Outside_a_terminal_every_event_is_a_plain_line()
    {
        var output = await RenderAsync(isTerminal: false);

        Assert.Equal(
            """
            Rolling out web:8 on shop/web: blue -> green in 3 steps (10,50,100), 1m 0s per step, rollback at 2 failed checks; now blue 100% / green 0%
            step 1/3 [#.........] green 10%  analysis at 09:01:00Z
              [ok] error rate: within limits
            step 2/3 [#####.....] green 50%  analysis at 09:02:00Z
              [FAILED] error rate: too high at 50% (1/2 failed checks)
              [FAILED] error rate: too high at 50% (2/2 failed checks)
            rolled back [..........] green 0%
            rollout rolled back: 2 failed checks reached the failure threshold of 2 at step 2/3 (blue 50% / green 50%); last: error rate: FAILED (too high at 50%)

            """,
            output.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task On_a_terminal_the_current_step_is_redrawn_in_place_and_left_showing_how_it_ended()
    {
        var output = await RenderAsync(isTerminal: true);

        Assert.Contains("\r\u001b[2Kstep 2/3 [#####.....] green 50%  analysing", output);
        Assert.Contains("\r\u001b[2Kstep 1/3 [#.........] green 10%  passed\n", output);
        Assert.Contains("\r\u001b[2Kstep 2/3 [#####.....] green 50%  rolling back\n", output);
        Assert.EndsWith("rollout rolled back: 2 failed checks reached the failure threshold of 2 at step 2/3 " +
                        "(blue 50% / green 50%); last: error rate: FAILED (too high at 50%)\n", output);
    }

    [Fact]
    public void Progress_reported_by_the_platform_shows_its_split_towards_the_deployed_colour()
    {
        var output = new StringWriter();
        var renderer = new TrafficProgressRenderer(output, isTerminal: false);

        renderer.OnEvent(new EcsGitOps.Delivery.Deployments.DeploymentStarted(
            RolloutHarness.Start, "shop/web", "d-ABC123", ColourShift.GreenToBlue));
        renderer.OnEvent(new EcsGitOps.Delivery.Deployments.DeploymentProgressed(
            RolloutHarness.Start, "InProgress", "AfterAllowTestTraffic", new TrafficWeights(10, 90)));

        Assert.Equal("Deploying d-ABC123 on shop/web: green -> blue\nInProgress [#.........] blue 10%: AfterAllowTestTraffic\n",
            output.ToString().ReplaceLineEndings("\n"));
    }

    private static async Task<string> RenderAsync(bool isTerminal)
    {
        var harness = new RolloutHarness();
        var output = new StringWriter { NewLine = "\n" };
        var loop = new RolloutLoop(harness.Router, harness.Store, harness.Time,
            RolloutObservers.Combine(harness.Observer, new TrafficProgressRenderer(output, isTerminal)));
        var run = loop.RunAsync(RolloutHarness.Request(plan: RolloutPlan.FromSteps("10,50"),
            checks: [ScriptedCheck.FailingFrom(50, "error rate")]), CancellationToken.None);
        while (!run.IsCompleted)
            harness.Advance(RolloutHarness.Interval);
        await run;
        return output.ToString();
    }
}
