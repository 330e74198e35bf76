namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record ListenerAction
{
    public string? Type { get; init; }

    public string? TargetGroupArn { get; init; }

    public int? Order { get; init; }

    public RedirectActionConfig? RedirectConfig { get; init; }

    public FixedResponseActionConfig? FixedResponseConfig { get; init; }

    public ForwardActionConfig? ForwardConfig { get; init; }
}
