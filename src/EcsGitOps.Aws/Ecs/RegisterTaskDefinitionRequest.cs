namespace EcsGitOps.Aws.Ecs;

public sealed record RegisterTaskDefinitionRequest
{
    public required string Family { get; init; }

    public required IReadOnlyList<ContainerDefinition> ContainerDefinitions { get; init; }

    public string? TaskRoleArn { get; init; }

    public string? ExecutionRoleArn { get; init; }

    public string? NetworkMode { get; init; }

    public IReadOnlyList<string>? RequiresCompatibilities { get; init; }

    public string? Cpu { get; init; }

    public string? Memory { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
