namespace EcsGitOps.Aws.Ecs;

public sealed record DeregisterTaskDefinitionRequest
{
    public required string TaskDefinition { get; init; }
}
