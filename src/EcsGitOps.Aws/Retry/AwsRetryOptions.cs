namespace EcsGitOps.Aws.Retry;

/// <summary>Exponential backoff with full jitter: attempt n waits a random time up to min(MaxDelay, BaseDelay * 2^n).</summary>
public sealed record AwsRetryOptions
{
    /// <summary>Attempts in all, the first one included.</summary>
    public int MaxAttempts { get; init; } = 5;

    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>A bound on one call, its retries and their waits included.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromMinutes(3);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Retries without waiting, for tests.</summary>
    public static AwsRetryOptions Immediate { get; } = new() { BaseDelay = TimeSpan.Zero, MaxDelay = TimeSpan.Zero };
}
