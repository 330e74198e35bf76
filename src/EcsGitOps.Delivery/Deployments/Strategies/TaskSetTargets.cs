using EcsGitOps.Aws.Ecs;

namespace EcsGitOps.Delivery.Deployments.Strategies;

/// <summary>Where one colour's task set registers its tasks: its ALB target groups and its Cloud Map services.</summary>
public sealed record TaskSetTargets(IReadOnlyList<LoadBalancer> LoadBalancers, IReadOnlyList<ServiceRegistry> ServiceRegistries)
{
    public static TaskSetTargets None { get; } = new([], []);
}
