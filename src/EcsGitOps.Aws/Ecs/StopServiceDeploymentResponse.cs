namespace EcsGitOps.Aws.Ecs;

public sealed record StopServiceDeploymentResponse
{
    public string? ServiceDeploymentArn { get; init; }
}
