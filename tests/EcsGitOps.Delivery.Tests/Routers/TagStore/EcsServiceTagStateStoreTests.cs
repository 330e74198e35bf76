using EcsGitOps.Aws;
using EcsGitOps.Aws.Ecs;
using EcsGitOps.Delivery.Tests.Routers.Fixtures;
using EcsGitOps.Delivery.Traffic;
using EcsGitOps.Delivery.Traffic.Rollouts;
using EcsGitOps.Delivery.Traffic.State;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Routers.TagStore;

[Collection(TrafficMotoCollection.Name)]
public sealed class EcsServiceTagStateStoreTests(TrafficMotoServer moto) : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly EcsServiceTagStoreOptions Claims = new() { ClaimSettle = TimeSpan.Zero };

    private readonly AwsClients _aws = moto.Clients();
    private readonly FakeTimeProvider _clock = new(Start);

    public void Dispose() => _aws.Dispose();

    private EcsServiceTagStateStore Store() => new(_aws.Ecs, _clock, Claims);

    private static RolloutState State(string service) => new(service, "web:8", "Zoë@laptop pid 4242, run #3",
        ColourShift.BlueToGreen, [25, 50, 100], RolloutPhase.Progressing, 1, new TrafficWeights(50, 50), 0, Start, Start.AddMinutes(1));

    private async Task HeartbeatReachesAsync(string service, DateTimeOffset at)
    {
        var expected = at.UtcDateTime.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var arn = $"arn:aws:ecs:us-east-1:123456789012:service/{service}";
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var tags = await _aws.Ecs.ListTagsForResourceAsync(new ListTagsForResourceRequest { ResourceArn = arn });
            if (tags.Tags?.Any(tag => tag is { Key: "ecsgitops:heartbeat" } && tag.Value == expected) == true)
                return;
            await Task.Delay(100);
        }
        Assert.Fail($"the heartbeat of {service} never reached {expected}");
    }

    [Fact]
    public async Task A_saved_rollout_is_read_back_by_the_next_run_and_the_first_run_lets_go_when_it_ends()
    {
        var service = await EcsServices.CreateAsync(moto);
        var first = await Store().OpenAsync(service, CancellationToken.None);
        Assert.Null(first.Recorded);
        await first.SaveAsync(State(service), CancellationToken.None);
        await first.DisposeAsync();

        await using var next = await Store().OpenAsync(service, CancellationToken.None);

        Assert.NotNull(next.Recorded);
        Assert.Equal(("web:8", "Zoë@laptop pid 4242, run #3", 1), (next.Recorded.DeploymentId, next.Recorded.Owner, next.Recorded.StepIndex));
        Assert.Equal([25, 50, 100], next.Recorded.Steps);
    }

    [Fact]
    public async Task A_live_run_keeps_its_claim_with_heartbeats_and_a_silent_one_loses_it_after_the_stale_time()
    {
        var service = await EcsServices.CreateAsync(moto);
        var live = await Store().OpenAsync(service, CancellationToken.None);
        await live.SaveAsync(State(service), CancellationToken.None);

        for (var beat = 0; beat < 8; beat++)
        {
            _clock.Advance(Claims.HeartbeatInterval);
            await HeartbeatReachesAsync(service, _clock.GetUtcNow());
        }
        var refused = await Assert.ThrowsAsync<RolloutInProgressException>(
            () => Store().OpenAsync(service, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Contains("deployment web:8 by Zoë@laptop pid 4242, run #3", refused.Message);

        await live.DisposeAsync();
        await using var afterRelease = await Store().OpenAsync(service, CancellationToken.None);
        Assert.Equal("web:8", afterRelease.Recorded?.DeploymentId);
    }

    [Fact]
    public async Task A_run_whose_claim_was_taken_over_stops_recording()
    {
        var service = await EcsServices.CreateAsync(moto);
        var silent = await Store().OpenAsync(service, CancellationToken.None);
        var killedAt = _clock.GetUtcNow();
        var later = new FakeTimeProvider(killedAt + Claims.StaleAfter + TimeSpan.FromSeconds(1));
        await using var takeover = await new EcsServiceTagStateStore(_aws.Ecs, later, Claims).OpenAsync(service, CancellationToken.None);

        var stopped = await Assert.ThrowsAsync<InvalidOperationException>(() => silent.SaveAsync(State(service), CancellationToken.None));

        Assert.Equal($"Another run took over the rollout of {service} (this run's heartbeat went stale); this run no longer changes it.", stopped.Message);
    }

    [Fact]
    public async Task A_service_that_does_not_exist_is_named_in_the_error()
    {
        await moto.ClusterAsync();

        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => Store().OpenAsync("shop/wbe", CancellationToken.None));

        Assert.Equal("ECS service wbe was not found in cluster shop; check the cluster and service names.", missing.Message);
    }
}
