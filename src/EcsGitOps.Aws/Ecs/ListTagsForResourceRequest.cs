namespace EcsGitOps.Aws.Ecs;

public sealed record ListTagsForResourceRequest
{
    public required string ResourceArn { get; init; }
}
