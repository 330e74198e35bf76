namespace EcsGitOps.Aws.Ecs;

public sealed record Container
{
    public string? ContainerArn { get; init; }

    public string? TaskArn { get; init; }

    public string? Name { get; init; }

    public string? Image { get; init; }

    public string? ImageDigest { get; init; }

    public string? LastStatus { get; init; }

    public int? ExitCode { get; init; }

    public string? Reason { get; init; }

    public string? HealthStatus { get; init; }
}
