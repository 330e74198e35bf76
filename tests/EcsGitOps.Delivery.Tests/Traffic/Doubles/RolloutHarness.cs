using EcsGitOps.Delivery.Analysis;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Traffic.Doubles;

/// <summary>A rollout loop on a fake clock with everything it talks to in memory.</summary>
internal sealed class RolloutHarness
{
    public static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(1);

    public FakeTimeProvider Time { get; } = new(Start);

    public InMemoryTrafficRouter Router { get; init; } = new();

    public IRolloutStateStore Store { get; init; } = new InMemoryRolloutStateStore();

    public InMemoryRolloutStateStore Records => (InMemoryRolloutStateStore)Store;

    public RecordingObserver Observer { get; } = new();

    public RolloutLoop Loop => new(Router, Store, Time, Observer);

    public static RolloutRequest Request(
        RolloutPlan? plan = null,
        int failureThreshold = 2,
        IReadOnlyList<IAnalysisCheck>? checks = null,
        ResumeMode resume = ResumeMode.None,
        string deploymentId = "web:8",
        ColourShift? colours = null) =>
        new("shop/web", deploymentId, "alice@laptop pid 4242", colours ?? ColourShift.BlueToGreen,
            new RolloutSettings(plan ?? RolloutPlan.FromStepWeight(10, 100), Interval, failureThreshold),
            checks ?? [ScriptedCheck.Passing()], Resume: resume);

    /// <summary>Runs the loop, moving the clock one interval at a time until it ends.</summary>
    public async Task<RolloutResult> RunAsync(RolloutRequest request, CancellationToken cancellationToken = default)
    {
        var run = Loop.RunAsync(request, cancellationToken);
        for (var intervals = 0; !run.IsCompleted && intervals < 1000; intervals++)
            Advance(request.Settings.Interval);
        Assert.True(run.IsCompleted, "the rollout did not end within 1000 intervals");
        return await run;
    }

    /// <summary>Moves the clock; the loop reacts before this returns, because its continuations run inline when no
    /// synchronization context (such as the test framework's) asks for them to be posted.</summary>
    public void Advance(TimeSpan delta) => Inline(() => Time.Advance(delta));

    public void Cancel(CancellationTokenSource cancellation) => Inline(cancellation.Cancel);

    private static void Inline(Action action)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try
        {
            action();
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(context);
        }
    }
}
