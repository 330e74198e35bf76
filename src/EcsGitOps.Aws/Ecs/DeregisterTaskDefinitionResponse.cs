namespace EcsGitOps.Aws.Ecs;

public sealed record DeregisterTaskDefinitionResponse
{
    public TaskDefinition? TaskDefinition { get; init; }
}
