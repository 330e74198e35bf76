namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>A token that ends when the caller cancels or, on the given clock, when the time allowed has passed.</summary>
internal sealed class Deadline : IDisposable
{
    // CancellationTokenSource refuses longer delays; such a bound means "no bound".
    private static readonly TimeSpan Longest = TimeSpan.FromMilliseconds(uint.MaxValue - 1.0);

    private readonly CancellationTokenSource _timer;
    private readonly CancellationTokenSource _linked;
    private readonly CancellationToken _caller;

    public Deadline(TimeSpan allowed, TimeProvider time, CancellationToken cancellationToken)
    {
        Allowed = allowed;
        _caller = cancellationToken;
        _timer = new CancellationTokenSource(allowed < TimeSpan.Zero || allowed > Longest ? Timeout.InfiniteTimeSpan : allowed, time);
        _linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _timer.Token);
    }

    public TimeSpan Allowed { get; }

    public CancellationToken Token => _linked.Token;

    /// <summary>True when the time ran out, rather than the caller cancelling.</summary>
    public bool Expired => _timer.IsCancellationRequested && !_caller.IsCancellationRequested;

    /// <summary>For outcomes: "timed out after 30m" or "cancelled".</summary>
    public string Why => Expired ? $"timed out after {DeploymentReport.Duration(Allowed)}" : "cancelled";

    public void Dispose()
    {
        _linked.Dispose();
        _timer.Dispose();
    }
}
