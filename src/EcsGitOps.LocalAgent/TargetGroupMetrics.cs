using System.Collections.Concurrent;
using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.LocalAgent;

/// <summary>One second of one colour's traffic, as an ALB counts it for a target group.</summary>
public sealed record TrafficSecond(Colour Colour, DateTimeOffset Second, long Requests, long Errors5xx,
    double LatencySum, double LatencyMin, double LatencyMax);

/// <summary>Counts what the router forwards, per colour and per second, until the publisher takes the finished seconds.</summary>
public sealed class TargetGroupMetrics(TimeProvider time)
{
    sealed class Bucket
    {
        public long Requests, Errors;
        public double Sum, Min = double.MaxValue, Max;
    }

    readonly ConcurrentDictionary<(Colour, long), Bucket> seconds = new();
    readonly ConcurrentDictionary<Colour, (long Requests, long Errors)> totals = new();

    public void Record(Colour colour, int statusCode, TimeSpan elapsed)
    {
        var bucket = seconds.GetOrAdd((colour, time.GetUtcNow().ToUnixTimeSeconds()), _ => new Bucket());
        var error = statusCode >= 500;
        lock (bucket)
        {
            bucket.Requests++;
            if (error) bucket.Errors++;
            bucket.Sum += elapsed.TotalSeconds;
            bucket.Min = Math.Min(bucket.Min, elapsed.TotalSeconds);
            bucket.Max = Math.Max(bucket.Max, elapsed.TotalSeconds);
        }
        totals.AddOrUpdate(colour, _ => (1, error ? 1 : 0), (_, t) => (t.Requests + 1, t.Errors + (error ? 1 : 0)));
    }

    /// <summary>Removes and returns the seconds that have ended.</summary>
    public IReadOnlyList<TrafficSecond> TakeFinished()
    {
        var now = time.GetUtcNow().ToUnixTimeSeconds();
        var finished = new List<TrafficSecond>();
        foreach (var key in seconds.Keys.Where(key => key.Item2 < now))
            if (seconds.TryRemove(key, out var bucket))
                lock (bucket)
                    finished.Add(new TrafficSecond(key.Item1, DateTimeOffset.FromUnixTimeSeconds(key.Item2), bucket.Requests, bucket.Errors,
                        bucket.Sum, bucket.Min, bucket.Max));
        return finished;
    }

    public (long Requests, long Errors5xx) Total(Colour colour) => totals.GetValueOrDefault(colour);
}
