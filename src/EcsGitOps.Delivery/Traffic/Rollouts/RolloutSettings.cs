using System.Globalization;
using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.Traffic.Rollouts;

/// <summary>How traffic moves: the steps, how long each is watched, and how many failed checks end it.</summary>
public sealed record RolloutSettings
{
    public RolloutSettings(RolloutPlan plan, TimeSpan interval, int failureThreshold, TimeSpan? rollbackTimeout = null)
    {
        if (interval < TimeSpan.Zero)
            throw new InvalidOptionException("--interval", interval.ToString(), "must not be negative");
        if (failureThreshold < 1)
            throw new InvalidOptionException("--failure-threshold", failureThreshold.ToString(CultureInfo.InvariantCulture),
                "must be at least 1 (the number of failed checks that rolls back)");
        (Plan, Interval, FailureThreshold) = (plan, interval, failureThreshold);
        RollbackTimeout = rollbackTimeout ?? TimeSpan.FromMinutes(2);
    }

    public RolloutPlan Plan { get; }

    /// <summary>How long each step's weights are left in place before its checks run.</summary>
    public TimeSpan Interval { get; }

    public int FailureThreshold { get; }

    /// <summary>How long the router may take to send traffic back, even after the run was cancelled.</summary>
    public TimeSpan RollbackTimeout { get; }
}
