namespace EcsGitOps.Aws.ElasticLoadBalancing;

public sealed record RedirectActionConfig
{
    public string? Protocol { get; init; }

    public string? Port { get; init; }

    public string? Host { get; init; }

    public string? Path { get; init; }

    public string? Query { get; init; }

    public string? StatusCode { get; init; }
}
