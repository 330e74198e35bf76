namespace EcsGitOps.Aws.Ecs;

public sealed record DescribeTaskDefinitionRequest
{
    public required string TaskDefinition { get; init; }

    public IReadOnlyList<string>? Include { get; init; }
}
