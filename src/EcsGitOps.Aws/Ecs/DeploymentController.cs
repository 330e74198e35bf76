namespace EcsGitOps.Aws.Ecs;

public sealed record DeploymentController
{
    public string? Type { get; init; }
}
