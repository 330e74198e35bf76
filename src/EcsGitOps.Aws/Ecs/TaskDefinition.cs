namespace EcsGitOps.Aws.Ecs;

public sealed record TaskDefinition
{
    public string? TaskDefinitionArn { get; init; }

    public IReadOnlyList<ContainerDefinition>? ContainerDefinitions { get; init; }

    public string? Family { get; init; }

    public string? TaskRoleArn { get; init; }

    public string? ExecutionRoleArn { get; init; }

    public string? NetworkMode { get; init; }

    public int? Revision { get; init; }

    public string? Status { get; init; }

    public IReadOnlyList<string>? Compatibilities { get; init; }

    public IReadOnlyList<string>? RequiresCompatibilities { get; init; }

    public string? Cpu { get; init; }

    public string? Memory { get; init; }

    public DateTimeOffset? RegisteredAt { get; init; }

    public DateTimeOffset? DeregisteredAt { get; init; }
}
