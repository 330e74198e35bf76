using System.Threading.Channels;
using Microsoft.Extensions.Time.Testing;

namespace EcsGitOps.Delivery.Tests.Routers.Fixtures;

/// <summary>
/// A fake clock that tells when a timer is set, so a test can move time exactly when the rollout has started waiting,
/// however long its AWS calls took.
/// </summary>
internal sealed class SteppedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Channel<TimeSpan> _timers = Channel.CreateUnbounded<TimeSpan>();

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = base.CreateTimer(callback, state, dueTime, period);
        _timers.Writer.TryWrite(dueTime);
        return timer;
    }

    /// <summary>Waits until a timer due after <paramref name="dueTime"/> is set (e.g. the wait of one rollout step).</summary>
    public async Task WaitForTimerAsync(TimeSpan dueTime)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (await _timers.Reader.ReadAsync(patience.Token) != dueTime)
        {
        }
    }

    /// <summary>Waits for the next wait of <paramref name="interval"/>, then lets it pass.</summary>
    public async Task PassIntervalAsync(TimeSpan interval)
    {
        await WaitForTimerAsync(interval);
        Advance(interval);
    }
}
