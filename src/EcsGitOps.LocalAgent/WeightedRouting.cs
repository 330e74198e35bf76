using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.LocalAgent;

/// <summary>
/// Picks the task a request goes to: a colour by the route's weights, then that colour's healthy tasks in turn. The
/// agent replaces the whole table at once, so a request sees either the old weights and tasks or the new ones; a
/// request already forwarded is not touched by a change.
/// </summary>
public sealed class WeightedRouting
{
    sealed record Table(TrafficWeights Weights, IReadOnlyList<LocalTask> Blue, IReadOnlyList<LocalTask> Green);

    volatile Table? table;
    int turn;

    public TrafficWeights? Weights => table?.Weights;

    public void Update(TrafficWeights weights, IEnumerable<LocalTask> healthy)
    {
        var tasks = healthy.ToList();
        table = new Table(weights, tasks.Where(t => t.Colour == Colour.Blue).ToList(), tasks.Where(t => t.Colour == Colour.Green).ToList());
    }

    /// <param name="roll">A number from 0 to 99: which colour, by the weights.</param>
    /// <returns>Null when the colour the weights choose has no healthy task (the caller answers 503, as an ALB does).</returns>
    public LocalTask? Pick(int roll)
    {
        if (table is not { } current)
            return null;
        var colour = roll < current.Weights.Blue ? Colour.Blue : Colour.Green;
        var tasks = colour == Colour.Blue ? current.Blue : current.Green;
        return tasks.Count == 0 ? null : tasks[(int)((uint)Interlocked.Increment(ref turn) % tasks.Count)];
    }
}
