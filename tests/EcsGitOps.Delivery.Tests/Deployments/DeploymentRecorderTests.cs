using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Events;
using EcsGitOps.Delivery.Traffic.Rollouts;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Deployments;

public sealed class DeploymentRecorderTests
{
    private readonly FakeTimeProvider _time = new(Deployments.Start);

    [Fact]
    public async Task Every_traffic_step_is_recorded_with_its_time_weights_and_checks_and_the_rollback_with_its_reason()
    {
        var record = await Deployments.RolledBackAsync();

        Assert.Equal(
            [(1, DeploymentStepKind.Traffic, 10, 2), (2, DeploymentStepKind.Traffic, 20, 2), (3, DeploymentStepKind.Traffic, 50, 4),
             (3, DeploymentStepKind.Rollback, 0, 0)],
            record.Steps.Select(s => (s.Number, s.Kind, s.Weights.Green, s.Checks.Count)));
        Assert.Equal(Deployments.Start.AddMinutes(2), record.Steps[2].At);
        Assert.Equal(2, record.Steps[2].Checks.Count(c => !c.Passed));
        Assert.StartsWith("2 failed checks reached the failure threshold", record.Steps[^1].Note);
        Assert.Equal(DeploymentStatus.RolledBack, record.Outcome.Status);
        Assert.Equal(("web:8", ColourShift.BlueToGreen), (record.DeploymentId, record.Colours));
        Assert.Equal(TimeSpan.FromMinutes(4), record.Duration);
    }

    [Fact]
    public void A_promotion_gate_asked_before_its_step_is_recorded_with_that_step()
    {
        var recorder = new DeploymentRecorder(_time);

        recorder.OnEvent(new WeightsSet(Deployments.Start, 0, new TrafficWeights(50, 50), Deployments.Start));
        recorder.OnEvent(new CheckCompleted(Deployments.Start, 1, CheckResult.Pass("manual approval", "promotion approved"), 0, 2));
        recorder.OnEvent(new WeightsSet(Deployments.Start, 1, new TrafficWeights(0, 100), Deployments.Start));
        recorder.OnEvent(new PhaseChanged(Deployments.Start, RolloutPhase.Promoting, 1, new TrafficWeights(0, 100)));

        Assert.Equal([0, 1, 0], recorder.Steps.Select(s => s.Checks.Count));
        Assert.Equal(DeploymentStepKind.Promotion, recorder.Steps[^1].Kind);
    }

    [Fact]
    public void A_strategy_the_platform_drives_records_each_new_split_it_reports()
    {
        var recorder = new DeploymentRecorder(_time);

        recorder.OnEvent(new DeploymentStarted(Deployments.Start, "shop/web", "d-ABC123", ColourShift.GreenToBlue));
        recorder.OnEvent(new DeploymentProgressed(Deployments.Start, "InProgress", "BeforeAllowTraffic", null));
        recorder.OnEvent(new DeploymentProgressed(Deployments.Start, "InProgress", null, new TrafficWeights(10, 90)));
        recorder.OnEvent(new DeploymentProgressed(Deployments.Start, "InProgress", "AfterAllowTraffic", new TrafficWeights(10, 90)));
        recorder.OnEvent(new DeploymentProgressed(Deployments.Start, "Succeeded", null, new TrafficWeights(100, 0)));
        var record = recorder.ToRecord("shop/web", DeploymentStrategyKind.CodeDeploy, Deployments.Digest, Deployments.TaskDefinition,
            DeploymentOutcome.Succeeded());

        Assert.Equal([(1, 10, "InProgress"), (2, 100, "Succeeded")], record.Steps.Select(s => (s.Number, s.Weights.Blue, s.Note)));
        Assert.Equal(("d-ABC123", ColourShift.GreenToBlue, "codedeploy"), (record.DeploymentId, record.Colours, record.Strategy));
    }
}
