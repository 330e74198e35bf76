namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record Listener
{
    public string? ListenerArn { get; init; }

    public string? LoadBalancerArn { get; init; }

    public int? Port { get; init; }

    public string? Protocol { get; init; }

    public IReadOnlyList<Certificate>? Certificates { get; init; }

    public string? SslPolicy { get; init; }

    public IReadOnlyList<ListenerAction>? DefaultActions { get; init; }

    public IReadOnlyList<string>? AlpnPolicy { get; init; }
}
