using EcsGitOps.Delivery.Deployments;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Deployments;

/// <summary>Deployment records made by running the real loop on a fake clock.</summary>
internal static class Deployments
{
    public const string Digest = "sha256:4f2a9c0d3b1e8f7a6c5d4e3f2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b";
    public const string TaskDefinition = "arn:aws:ecs:eu-west-1:123456789012:task-definition/web:8";

    public static readonly DateTimeOffset Start = RolloutHarness.Start;

    /// <summary>Steps 10, 20, 50, 100 a minute apart; the error rate fails from 50% on, twice, so traffic goes back to blue.</summary>
    public static async Task<DeploymentRecord> RolledBackAsync()
    {
        var harness = new RolloutHarness();
        var recorder = new DeploymentRecorder(harness.Time);
        var loop = new EcsGitOps.Delivery.Traffic.Rollouts.RolloutLoop(harness.Router, harness.Store, harness.Time,
            EcsGitOps.Delivery.Traffic.Events.RolloutObservers.Combine(harness.Observer, recorder));
        var run = loop.RunAsync(RolloutHarness.Request(plan: RolloutPlan.FromSteps("10,20,50"),
            checks: [ScriptedCheck.Passing("alarms"), ScriptedCheck.FailingFrom(50, "error rate")]), CancellationToken.None);
        while (!run.IsCompleted)
            harness.Advance(RolloutHarness.Interval);
        var result = await run;
        return recorder.ToRecord("shop/web", DeploymentStrategyKind.TaskSet, Digest, TaskDefinition, result.ToOutcome());
    }
}
