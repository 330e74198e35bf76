namespace EcsGitOps.Delivery.Analysis.CloudWatch;

/// <summary>
/// One CloudWatch period that covers a step's window: it starts on the minute at or before the window's start (where
/// CloudWatch aligns its periods) and lasts whole minutes, so GetMetricData answers with a single data point. For
/// metrics published every second (the local agent's), the period is the window itself, in whole seconds, so a step
/// is judged on its own traffic only.
/// </summary>
internal sealed record MetricWindow(DateTimeOffset Start, DateTimeOffset End, int PeriodSeconds)
{
    public static MetricWindow Covering(DateTimeOffset start, DateTimeOffset end, bool perSecond = false)
    {
        if (perSecond)
        {
            var first = new DateTimeOffset(start.UtcTicks - start.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
            var seconds = Math.Max(1, (int)Math.Ceiling((end - first).TotalSeconds));
            return new MetricWindow(first, first.AddSeconds(seconds), seconds);
        }
        var alignedStart = new DateTimeOffset(start.UtcTicks - start.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var minutes = Math.Max(1, (int)Math.Ceiling((end - alignedStart).TotalMinutes));
        return new MetricWindow(alignedStart, alignedStart.AddMinutes(minutes), minutes * 60);
    }
}
