namespace EcsGitOps.Aws.Ecs;

public sealed record StopServiceDeploymentRequest
{
    public required string ServiceDeploymentArn { get; init; }

    public string? StopType { get; init; }
}
