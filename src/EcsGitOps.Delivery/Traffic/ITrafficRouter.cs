namespace EcsGitOps.Delivery.Traffic;

/// <summary>
/// Moves traffic between the blue and green targets of one service (an App Mesh route, an ALB listener rule).
/// Implementations turn the service's own relative weights into percentages and back.
/// </summary>
public interface ITrafficRouter
{
    /// <summary>What is routed, for messages: e.g. "App Mesh route shop/web/web-route".</summary>
    string Name { get; }

    Task<TrafficWeights> GetWeightsAsync(CancellationToken cancellationToken);

    Task SetWeightsAsync(TrafficWeights weights, CancellationToken cancellationToken);
}
