namespace EcsGitOps.Aws.Ecs;

public sealed record RegisterTaskDefinitionResponse
{
    public TaskDefinition? TaskDefinition { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
