using EcsGitOps.Delivery.Deployments;

namespace EcsGitOps.Delivery.Traffic;

/// <summary>The value of <c>--router</c>.</summary>
public sealed record TrafficRouterKind
{
    private TrafficRouterKind(string name) => Name = name;

    /// <summary>App Mesh route weighted targets; App Mesh reached end of support on 2026-09-30.</summary>
    public static TrafficRouterKind AppMesh { get; } = new("appmesh");

    /// <summary>ALB listener or rule forwarding to weighted target groups.</summary>
    public static TrafficRouterKind Alb { get; } = new("alb");

    public static IReadOnlyList<TrafficRouterKind> All { get; } = [AppMesh, Alb];

    public string Name { get; }

    public static TrafficRouterKind Parse(string value) =>
        All.FirstOrDefault(kind => kind.Name.Equals(value.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOptionException("--router", value, $"unknown router; use {string.Join(" or ", All)}");

    public override string ToString() => Name;
}
