using EcsGitOps.Aws;
using EcsGitOps.Aws.ElasticLoadBalancing;

namespace EcsGitOps.Delivery.Traffic.Routers;

/// <summary>
/// Shifts traffic between the blue and green target groups of an ALB listener's default forward action, or of one of
/// its rules' forward action, through the forward action's weighted target groups. Other actions and the rule's
/// conditions are left as they are.
/// </summary>
public sealed class AlbRouter(ElasticLoadBalancingClient loadBalancing, AlbRouteOptions options) : ITrafficRouter
{
    // Authenticate actions carry settings these records do not model; sending them back would lose them.
    private static readonly string[] Rewritable = ["forward", "redirect", "fixed-response"];

    private readonly WeightedTargets<TargetGroupTuple> _targets = new(
        Describe(options),
        tuple => tuple.TargetGroupArn,
        tuple => tuple.Weight ?? 1,
        (tuple, weight) => tuple with { Weight = weight },
        (arn, weight, _) => new TargetGroupTuple { TargetGroupArn = arn, Weight = weight });

    public string Name => Describe(options);

    public async Task<TrafficWeights> GetWeightsAsync(CancellationToken cancellationToken)
    {
        var actions = await ActionsAsync(cancellationToken).ConfigureAwait(false);
        return _targets.Read(TargetGroups(actions[ForwardIndex(actions)]), options.BlueTargetGroupArn, options.GreenTargetGroupArn);
    }

    public async Task SetWeightsAsync(TrafficWeights weights, CancellationToken cancellationToken)
    {
        var actions = (await ActionsAsync(cancellationToken).ConfigureAwait(false)).ToList();
        var index = ForwardIndex(actions);
        var forward = actions[index];
        var targetGroups = _targets.Apply(TargetGroups(forward), options.BlueTargetGroupArn, options.GreenTargetGroupArn, weights);
        // A forward action names either one target group or a weighted list, not both.
        actions[index] = forward with
        {
            TargetGroupArn = null,
            ForwardConfig = (forward.ForwardConfig ?? new ForwardActionConfig()) with { TargetGroups = targetGroups },
        };
        await ModifyAsync(actions, cancellationToken).ConfigureAwait(false);
    }

    private async Task<IReadOnlyList<ListenerAction>> ActionsAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (options.RuleArn is { } rule)
            {
                var rules = await loadBalancing.DescribeRulesAsync(new DescribeRulesRequest { RuleArns = [rule] }, cancellationToken)
                    .ConfigureAwait(false);
                return rules.Rules?.SingleOrDefault()?.Actions ?? throw NotFound(null);
            }
            var listeners = await loadBalancing.DescribeListenersAsync(
                new DescribeListenersRequest { ListenerArns = [options.ListenerArn] }, cancellationToken).ConfigureAwait(false);
            return listeners.Listeners?.SingleOrDefault()?.DefaultActions ?? throw NotFound(null);
        }
        catch (AwsServiceException e) when (e.ErrorCode.Contains("NotFound", StringComparison.Ordinal))
        {
            throw NotFound(e);
        }
    }

    private Task ModifyAsync(IReadOnlyList<ListenerAction> actions, CancellationToken cancellationToken) =>
        options.RuleArn is { } rule
            ? loadBalancing.ModifyRuleAsync(new ModifyRuleRequest { RuleArn = rule, Actions = actions }, cancellationToken)
            : loadBalancing.ModifyListenerAsync(
                new ModifyListenerRequest { ListenerArn = options.ListenerArn, DefaultActions = actions }, cancellationToken);

    private int ForwardIndex(IReadOnlyList<ListenerAction> actions)
    {
        if (actions.FirstOrDefault(action => !Rewritable.Contains(action.Type, StringComparer.OrdinalIgnoreCase)) is { } kept)
            throw new InvalidOperationException(
                $"{Name} has a {kept.Type} action, which this router cannot rewrite without losing its settings; " +
                "shift traffic on a listener or rule without it.");
        var forwards = actions.Select((action, index) => (action, index))
            .Where(pair => string.Equals(pair.action.Type, "forward", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return forwards.Count == 1
            ? forwards[0].index
            : throw new InvalidOperationException(
                $"{Name} does not forward to target groups (its actions: {string.Join(", ", actions.Select(a => a.Type))}); " +
                $"point the router at a listener or rule that forwards to {options.BlueTargetGroupArn}.");
    }

    private static IReadOnlyList<TargetGroupTuple> TargetGroups(ListenerAction forward) =>
        forward.ForwardConfig?.TargetGroups
        ?? (forward.TargetGroupArn is { } single ? [new TargetGroupTuple { TargetGroupArn = single, Weight = 1 }] : []);

    private InvalidOperationException NotFound(Exception? cause) => new(
        $"{Name} was not found{(cause is AwsServiceException e ? $" ({e.ServiceMessage})" : "")}; check the listener and rule ARNs.",
        cause);

    private static string Describe(AlbRouteOptions route) =>
        route.RuleArn is { } rule ? $"ALB rule {Resource(rule)}" : $"ALB listener {Resource(route.ListenerArn)}";

    // "arn:aws:elasticloadbalancing:region:account:listener/app/web/50dc/f2f7" reads as "app/web/50dc/f2f7".
    private static string Resource(string arn)
    {
        var resource = arn.Split(':') is { Length: 6 } parts ? parts[5] : arn;
        var slash = resource.IndexOf('/', StringComparison.Ordinal);
        return slash < 0 ? resource : resource[(slash + 1)..];
    }
}
