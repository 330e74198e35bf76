namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record FixedResponseActionConfig
{
    public string? MessageBody { get; init; }

    public string? StatusCode { get; init; }

    public string? ContentType { get; init; }
}
