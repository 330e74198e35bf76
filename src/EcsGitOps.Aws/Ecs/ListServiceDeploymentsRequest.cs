namespace EcsGitOps.Aws.Ecs;

public sealed record ListServiceDeploymentsRequest
{
    public required string Service { get; init; }

    public string? Cluster { get; init; }

    public IReadOnlyList<string>? Status { get; init; }

    public CreatedAt? CreatedAt { get; init; }

    public string? NextToken { get; init; }

    public int? MaxResults { get; init; }
}
