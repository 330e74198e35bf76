namespace EcsGitOps.Delivery.Analysis.CloudWatch;

/// <summary>
/// One CloudWatch period that covers a step's window: it starts on the minute at or before the window's start (where
/// CloudWatch aligns its periods) and lasts whole minutes, so GetMetricData answers with a single data point.
/// </summary>
internal sealed record MetricWindow(DateTimeOffset Start, DateTimeOffset End, int PeriodSeconds)
{
    public static MetricWindow Covering(DateTimeOffset start, DateTimeOffset end)
    {
        var alignedStart = new DateTimeOffset(start.UtcTicks - start.UtcTicks % TimeSpan.TicksPerMinute, TimeSpan.Zero);
        var minutes = Math.Max(1, (int)Math.Ceiling((end - alignedStart).TotalMinutes));
        return new MetricWindow(alignedStart, alignedStart.AddMinutes(minutes), minutes * 60);
    }
}
