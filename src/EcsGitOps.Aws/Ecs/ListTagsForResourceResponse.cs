namespace EcsGitOps.Aws.Ecs;

public sealed record ListTagsForResourceResponse
{
    public IReadOnlyList<Tag>? Tags { get; init; }
}
