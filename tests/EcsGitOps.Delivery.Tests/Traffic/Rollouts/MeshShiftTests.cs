using EcsGitOps.Delivery.Tests.Support;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Traffic.Rollouts;

public sealed class MeshShiftTests : IDisposable
{
    private const string Key = "local-cluster/sample-api";
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _records = new();
    private readonly FakeTimeProvider _time = new(Now);

    public void Dispose() => _records.Dispose();

    [Fact]
    public async Task A_resumed_shift_keeps_the_direction_and_id_of_the_rollout_it_finishes()
    {
        var store = new FileRolloutStateStore(_records.Path);
        await RecordAsync(store, ColourShift.GreenToBlue, "shift-blue-20260302085500", RolloutPhase.Analysing);

        var shift = await MeshShift.PlanAsync(store, Key, new TrafficWeights(50, 50), ResumeMode.Continue, _time, CancellationToken.None);

        Assert.Equal(new MeshShift(ColourShift.GreenToBlue, "shift-blue-20260302085500"), shift);
    }

    [Theory]
    [InlineData(ResumeMode.None, RolloutPhase.Analysing)] // not asked to resume: the loop refuses it, naming the rollout
    [InlineData(ResumeMode.Continue, RolloutPhase.Succeeded)] // nothing left to resume
    public async Task Otherwise_traffic_moves_from_the_colour_that_holds_most_of_it(ResumeMode resume, RolloutPhase phase)
    {
        var store = new FileRolloutStateStore(_records.Path);
        await RecordAsync(store, ColourShift.GreenToBlue, "shift-blue-20260302085500", phase);

        var shift = await MeshShift.PlanAsync(store, Key, new TrafficWeights(0, 100), resume, _time, CancellationToken.None);

        Assert.Equal(new MeshShift(ColourShift.GreenToBlue, "shift-blue-20260302090000"), shift);
        Assert.Equal(ColourShift.BlueToGreen,
            (await MeshShift.PlanAsync(store, Key, new TrafficWeights(100, 0), resume, _time, CancellationToken.None)).Colours);
    }

    private static async Task RecordAsync(IRolloutStateStore store, ColourShift colours, string deploymentId, RolloutPhase phase)
    {
        await using var lease = await store.OpenAsync(Key, CancellationToken.None);
        await lease.SaveAsync(new RolloutState(Key, deploymentId, "ci", colours, [10, 50, 100], phase, 1, new TrafficWeights(50, 50), 0,
            Now.AddMinutes(-5), Now.AddMinutes(-4)), CancellationToken.None);
    }
}
