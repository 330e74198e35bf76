using System.Diagnostics;
using EcsGitOps.Delivery.Tests.Traffic.Doubles;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;

namespace EcsGitOps.Delivery.Tests.Traffic.State;

public sealed class FileRolloutStateStoreTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("rollouts-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task A_saved_rollout_is_what_the_next_run_finds()
    {
        var store = new FileRolloutStateStore(_directory);
        var state = State("alice@laptop pid 4242");
        await using (var lease = await store.OpenAsync("shop/web", CancellationToken.None))
        {
            Assert.Null(lease.Recorded);
            await lease.SaveAsync(state, CancellationToken.None);
        }

        await using var next = await new FileRolloutStateStore(_directory).OpenAsync("shop/web", CancellationToken.None);

        Assert.Equal(state with { Steps = next.Recorded!.Steps }, next.Recorded);
        Assert.Equal([10, 50, 100], next.Recorded.Steps);
    }

    [Fact]
    public async Task A_second_run_is_refused_while_the_first_holds_the_service_and_is_told_who_holds_it()
    {
        var store = new FileRolloutStateStore(_directory);
        await using var first = await store.OpenAsync("shop/web", CancellationToken.None);
        await first.SaveAsync(State("alice@laptop pid 4242"), CancellationToken.None);

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(
            () => store.OpenAsync("shop/web", CancellationToken.None));

        Assert.Contains("deployment web:8 by alice@laptop pid 4242", refused.Message);
        Assert.EndsWith("that run is still going, wait for it to finish.", refused.Message);
    }

    [Fact]
    public async Task The_service_is_free_again_once_the_run_that_held_it_ends()
    {
        var store = new FileRolloutStateStore(_directory);
        var first = await store.OpenAsync("shop/web", CancellationToken.None);
        await first.DisposeAsync();

        await using var second = await store.OpenAsync("shop/web", CancellationToken.None);

        Assert.Null(second.Recorded);
    }

    [Fact]
    public async Task Rollouts_of_different_services_do_not_block_each_other()
    {
        var store = new FileRolloutStateStore(_directory);
        await using var web = await store.OpenAsync("shop/web", CancellationToken.None);

        await using var api = await store.OpenAsync("shop/api", CancellationToken.None);

        Assert.Null(api.Recorded);
    }

    [Fact]
    public async Task A_concurrent_rollout_of_the_same_service_is_refused_at_once_and_the_first_carries_on()
    {
        var store = new FileRolloutStateStore(_directory);
        var first = new RolloutHarness { Store = store };
        using var cancellation = new CancellationTokenSource();
        var running = first.Loop.RunAsync(RolloutHarness.Request(), cancellation.Token);
        await first.Observer.FirstWeightsSet;
        var second = new RolloutHarness { Store = store };

        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(
            () => second.Loop.RunAsync(RolloutHarness.Request(deploymentId: "web:9"), CancellationToken.None));

        Assert.Contains("deployment web:8 by alice@laptop pid 4242", refused.Message);
        Assert.Empty(second.Router.History);
        await cancellation.CancelAsync();
        Assert.Equal(RolloutPhase.RolledBack, (await running).Phase);
    }

    [Fact]
    public async Task A_run_killed_while_holding_the_service_frees_it_and_leaves_its_record_for_resume()
    {
        var store = new FileRolloutStateStore(_directory);
        await using (var lease = await store.OpenAsync("shop/web", CancellationToken.None))
            await lease.SaveAsync(State("bob@ci run 77"), CancellationToken.None);
        using var holder = HoldLock(Path.Combine(_directory, $"{FileRolloutStateStore.FileName("shop/web")}.lock"));
        try
        {
            Assert.Equal("locked", await holder.StandardOutput.ReadLineAsync());
            await Assert.ThrowsAsync<RolloutInProgressException>(() => store.OpenAsync("shop/web", CancellationToken.None));
        }
        finally
        {
            holder.Kill(entireProcessTree: true);
            await holder.WaitForExitAsync();
        }

        await using var after = await store.OpenAsync("shop/web", CancellationToken.None);
        Assert.True(after.Recorded!.IsActive);
        Assert.Equal("bob@ci run 77", after.Recorded.Owner);
    }

    [Fact]
    public async Task An_unreadable_record_says_which_file_and_what_to_do()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "web.json"), "{ not json");

        var error = await Assert.ThrowsAsync<InvalidDataException>(
            () => new FileRolloutStateStore(_directory).OpenAsync("web", CancellationToken.None));

        Assert.Contains("web.json is not readable", error.Message);
        Assert.EndsWith("if no rollout is running, delete it and rerun.", error.Message);
    }

    [Theory]
    [InlineData("web", "web")]
    [InlineData("shop/web", "shop_web-")]
    [InlineData("shop_web", "shop_web")]
    public void Service_names_become_safe_file_names(string service, string prefix) =>
        Assert.StartsWith(prefix, FileRolloutStateStore.FileName(service));

    [Fact]
    public void Service_names_that_look_alike_once_made_safe_stay_apart() =>
        Assert.NotEqual(FileRolloutStateStore.FileName("shop/web"), FileRolloutStateStore.FileName("shop:web"));

    // Another process holding the lock the way a running build does (flock(2), exclusive), until it is killed.
    private static Process HoldLock(string lockPath) => Process.Start(new ProcessStartInfo("flock")
    {
        ArgumentList = { "--exclusive", "--nonblock", lockPath, "--command", "echo locked; exec sleep 300" },
        RedirectStandardOutput = true,
    })!;

    private static RolloutState State(string owner) => new(
        "shop/web", "web:8", owner, ColourShift.BlueToGreen, [10, 50, 100], RolloutPhase.Analysing, 1,
        new TrafficWeights(50, 50), 1, RolloutHarness.Start, RolloutHarness.Start.AddMinutes(2), "reason");
}
