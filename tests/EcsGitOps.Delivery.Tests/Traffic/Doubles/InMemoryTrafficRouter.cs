using EcsGitOps.Delivery.Traffic;

namespace EcsGitOps.Delivery.Tests.Traffic.Doubles;

/// <summary>A route held in memory; remembers every split it was given.</summary>
internal sealed class InMemoryTrafficRouter(TrafficWeights initial) : ITrafficRouter
{
    private readonly List<TrafficWeights> _history = [];

    public InMemoryTrafficRouter() : this(TrafficWeights.AllOn(Colour.Blue))
    {
    }

    public string Name => "in-memory route web";

    public TrafficWeights Weights { get; private set; } = initial;

    public IReadOnlyList<TrafficWeights> History => _history;

    /// <summary>Decides whether the n-th call to set weights (1-based) fails.</summary>
    public Func<int, TrafficWeights, bool> FailsOnSet { get; init; } = (_, _) => false;

    public Task<TrafficWeights> GetWeightsAsync(CancellationToken cancellationToken) => Task.FromResult(Weights);

    public Task SetWeightsAsync(TrafficWeights weights, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (FailsOnSet(_history.Count + 1, weights))
        {
            _history.Add(weights);
            throw new HttpRequestException("connection refused");
        }
        _history.Add(weights);
        Weights = weights;
        return Task.CompletedTask;
    }
}
