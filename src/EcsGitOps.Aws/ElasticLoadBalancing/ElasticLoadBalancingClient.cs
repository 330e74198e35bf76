using EcsGitOps.Aws.Transport;

namespace EcsGitOps.Aws.ElasticLoadBalancing;

/// <summary>Elastic Load Balancing v2 (query protocol): listeners and rules with weighted target groups, target health.</summary>
public sealed class ElasticLoadBalancingClient
{
    readonly QueryProtocol protocol;

    internal ElasticLoadBalancingClient(QueryProtocol protocol) => this.protocol = protocol;

    static ElasticLoadBalancingJsonContext Json => ElasticLoadBalancingJsonContext.Default;

    public Task<DescribeListenersResponse> DescribeListenersAsync(DescribeListenersRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeListeners", request, Json.DescribeListenersRequest, Json.DescribeListenersResponse, ct);

    public IAsyncEnumerable<Listener> ListAllListenersAsync(DescribeListenersRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeListenersAsync, r => r.Listeners, r => r.NextMarker, (q, marker) => q with { Marker = marker }, ct);

    public Task<ModifyListenerResponse> ModifyListenerAsync(ModifyListenerRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ModifyListener", request, Json.ModifyListenerRequest, Json.ModifyListenerResponse, ct);

    public Task<DescribeRulesResponse> DescribeRulesAsync(DescribeRulesRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeRules", request, Json.DescribeRulesRequest, Json.DescribeRulesResponse, ct);

    public IAsyncEnumerable<Rule> ListAllRulesAsync(DescribeRulesRequest request, CancellationToken ct = default) =>
        Paginator.EnumerateAsync(request, DescribeRulesAsync, r => r.Rules, r => r.NextMarker, (q, marker) => q with { Marker = marker }, ct);

    public Task<ModifyRuleResponse> ModifyRuleAsync(ModifyRuleRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("ModifyRule", request, Json.ModifyRuleRequest, Json.ModifyRuleResponse, ct);

    public Task<DescribeTargetHealthResponse> DescribeTargetHealthAsync(DescribeTargetHealthRequest request, CancellationToken ct = default) =>
        protocol.InvokeAsync("DescribeTargetHealth", request, Json.DescribeTargetHealthRequest, Json.DescribeTargetHealthResponse, ct);
}
