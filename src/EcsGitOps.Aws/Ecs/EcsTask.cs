namespace EcsGitOps.Aws.Ecs;

public sealed record EcsTask
{
    public string? AvailabilityZone { get; init; }

    public string? ClusterArn { get; init; }

    public IReadOnlyList<Container>? Containers { get; init; }

    public string? Cpu { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? DesiredStatus { get; init; }

    public string? Group { get; init; }

    public string? HealthStatus { get; init; }

    public string? LastStatus { get; init; }

    public string? LaunchType { get; init; }

    public string? Memory { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public string? StartedBy { get; init; }

    public string? StopCode { get; init; }

    public DateTimeOffset? StoppedAt { get; init; }

    public string? StoppedReason { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public string? TaskArn { get; init; }

    public string? TaskDefinitionArn { get; init; }
}
