using EcsGitOps.Aws;
using EcsGitOps.Aws.CloudWatch;
using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Analysis.CloudWatch;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Routers;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Routers.Rollouts;

/// <summary>The rollout loop driving a real App Mesh route, judged by real CloudWatch alarms, recorded in the service's tags.</summary>
[Collection(TrafficMotoCollection.Name)]
public sealed class MeshRolloutTests(TrafficMotoServer moto) : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);
    // How long a test waits for a run that should end at once, so that a regression fails instead of hanging.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(1);
    private static readonly EcsServiceTagStoreOptions Claims = new() { ClaimSettle = TimeSpan.Zero };

    private readonly AwsClients _aws = moto.Clients();
    private readonly MeshRollout _rollout = new(moto);

    public void Dispose() => _aws.Dispose();

    [Fact]
    public async Task An_alarm_forced_into_ALARM_mid_rollout_sends_all_traffic_back_to_blue_within_one_interval()
    {
        var (route, service, alarm) = await _rollout.CreateAsync(_aws);
        var clock = new SteppedClock(Start);
        var observer = new RecordingObserver();

        var run = Loop(route, clock, observer).RunAsync(Request(service, alarm), CancellationToken.None);
        await clock.PassIntervalAsync(Interval);
        await clock.WaitForTimerAsync(Interval);
        Assert.Equal(new TrafficWeights(50, 50), await _rollout.WeightsWithCliAsync(route));
        await _aws.CloudWatch.SetAlarmStateAsync(new SetAlarmStateRequest
        {
            AlarmName = alarm, StateValue = "ALARM", StateReason = "Threshold Crossed: 1 datapoint [42.0] was greater than 5.0",
        });
        var forcedAt = clock.GetUtcNow();
        clock.Advance(Interval);
        var result = await run.WaitAsync(Patience);

        Assert.Equal(RolloutPhase.RolledBack, result.Phase);
        Assert.Equal(TrafficWeights.AllOn(Colour.Blue), await _rollout.WeightsWithCliAsync(route));
        var rolledBack = Assert.Single(observer.Of<RolledBack>());
        Assert.InRange(rolledBack.At - forcedAt, TimeSpan.Zero, Interval);
        Assert.Contains($"{alarm} is ALARM: Threshold Crossed", rolledBack.Reason);
        Assert.Equal([25, 50], observer.Of<WeightsSet>().Select(set => set.Weights.Green));
    }

    [Fact]
    public async Task A_missing_alarm_name_is_refused_before_the_service_is_claimed_or_any_weight_changes()
    {
        var (route, service, alarm) = await _rollout.CreateAsync(_aws);
        var clock = new SteppedClock(Start);
        var check = new AlarmCheck(new CloudWatchAlarmSource(_aws.CloudWatch), [alarm, $"{alarm}-typo"]);

        // ShiftMeshTraffic's order: input is checked before the rollout takes the service.
        var refused = await Assert.ThrowsAsync<InvalidOptionException>(async () =>
        {
            await check.EnsureAlarmsExistAsync(CancellationToken.None);
            await Loop(route, clock, RolloutObservers.None).RunAsync(Request(service, alarm), CancellationToken.None);
        });

        Assert.Equal($"--alarms {alarm}-typo: no CloudWatch alarm has this name; create it or fix the name", refused.Message);
        Assert.Equal(1, await _rollout.RouteVersionWithCliAsync(route));
        Assert.DoesNotContain(await _rollout.TagsWithCliAsync(service), tag => tag.Key.StartsWith("ecsgitops:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public async Task A_run_killed_at_a_step_is_refused_while_its_claim_is_fresh_then_resumed_from_that_step(int killedAt)
    {
        var (route, service, alarm) = await _rollout.CreateAsync(_aws);
        var killed = new SteppedClock(Start);
        _ = Loop(route, killed, RolloutObservers.None).RunAsync(Request(service, alarm), CancellationToken.None);
        for (var step = 0; step < killedAt; step++)
            await killed.PassIntervalAsync(Interval);
        await killed.WaitForTimerAsync(Interval);
        // The first run's clock never moves again: to AWS it is a killed process, silent and still holding its claim.
        var tags = await _rollout.TagsWithCliAsync(service);
        Assert.Equal($"{killedAt + 1}/3", tags["ecsgitops:step"]);
        Assert.Equal(TrafficWeights.Towards(ColourShift.BlueToGreen, Steps[killedAt]), await _rollout.WeightsWithCliAsync(route));

        var soon = new SteppedClock(killed.GetUtcNow() + TimeSpan.FromSeconds(20));
        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(() =>
            Loop(route, soon, RolloutObservers.None).RunAsync(Request(service, alarm, "bob@ci run 77", ResumeMode.Continue), CancellationToken.None)
                .WaitAsync(Patience));
        Assert.Contains("that run is still going", refused.Message);

        var later = new SteppedClock(killed.GetUtcNow() + Claims.StaleAfter + TimeSpan.FromSeconds(1));
        var observer = new RecordingObserver();
        var resumed = Loop(route, later, observer).RunAsync(Request(service, alarm, "bob@ci run 77", ResumeMode.Continue), CancellationToken.None);
        for (var step = killedAt; step < Steps.Length; step++)
            await later.PassIntervalAsync(Interval);
        var result = await resumed.WaitAsync(Patience);

        Assert.True(result.Succeeded, result.Reason);
        var started = Assert.Single(observer.Of<RolloutStarted>());
        Assert.True(started.Resumed);
        Assert.Equal(killedAt, started.FirstStep);
        Assert.Equal(Steps.Skip(killedAt), observer.Of<WeightsSet>().Select(set => set.Weights.Green));
        Assert.Equal(TrafficWeights.AllOn(Colour.Green), await _rollout.WeightsWithCliAsync(route));
        tags = await _rollout.TagsWithCliAsync(service);
        Assert.Equal(("Succeeded", "bob@ci run 77", ""), (tags["ecsgitops:phase"], tags["ecsgitops:owner"], tags["ecsgitops:run"]));
    }

    [Fact]
    public async Task A_second_rollout_of_the_service_is_refused_at_once_naming_the_run_in_progress()
    {
        var (route, service, alarm) = await _rollout.CreateAsync(_aws);
        var clock = new SteppedClock(Start);
        var first = Loop(route, clock, RolloutObservers.None).RunAsync(Request(service, alarm), CancellationToken.None);
        await clock.WaitForTimerAsync(Interval);

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(() =>
            Loop(route, clock, RolloutObservers.None).RunAsync(
                Request(service, alarm, "bob@ci run 77") with { DeploymentId = "web:9" }, CancellationToken.None).WaitAsync(Patience));

        Assert.Equal(
            $"Service {service} has a rollout in progress: deployment web:8 by alice@laptop pid 4242, progressing at step 1/3 " +
            "(blue 75% / green 25%); that run is still going (last heard from at 2026-03-02 09:00:00Z), wait for it to finish; " +
            "if it was killed, rerun with --resume after 2026-03-02 09:02:00Z.",
            refused.Message);
        Assert.Equal(new TrafficWeights(75, 25), await _rollout.WeightsWithCliAsync(route));
        clock.Advance(Interval);
        foreach (var _ in Steps.Skip(1))
            await clock.PassIntervalAsync(Interval);
        Assert.True((await first.WaitAsync(Patience)).Succeeded);
        Assert.Equal("", (await _rollout.TagsWithCliAsync(service))["ecsgitops:run"]);
    }

    private static readonly int[] Steps = [25, 50, 100];

    private RolloutLoop Loop(AppMeshRouteOptions route, TimeProvider clock, IRolloutObserver observer) => new(
        new AppMeshRouter(_aws.AppMesh, route, _ => { }),
        new EcsServiceTagStateStore(_aws.Ecs, clock, Claims),
        clock,
        observer);

    private RolloutRequest Request(string service, string alarm, string owner = "alice@laptop pid 4242", ResumeMode resume = ResumeMode.None) =>
        new(service, "web:8", owner, ColourShift.BlueToGreen,
            new RolloutSettings(RolloutPlan.FromSteps(string.Join(',', Steps)), Interval, failureThreshold: 1),
            [new AlarmCheck(new CloudWatchAlarmSource(_aws.CloudWatch), [alarm])],
            Resume: resume);
}
