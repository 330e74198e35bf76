namespace EcsGitOps.Delivery.Traffic.Routers;

/// <summary>The ALB listener (its default action) or one of its rules that forwards to the blue and green target groups.</summary>
/// <param name="RuleArn">A rule of the listener to shift instead of the listener's default action.</param>
public sealed record AlbRouteOptions(
    string ListenerArn,
    string BlueTargetGroupArn,
    string GreenTargetGroupArn,
    string? RuleArn = null);
