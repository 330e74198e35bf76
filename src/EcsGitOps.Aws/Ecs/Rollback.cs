namespace EcsGitOps.Aws.Ecs;

public sealed record Rollback
{
    public string? Reason { get; init; }

    public DateTimeOffset? StartedAt { get; init; }

    public string? ServiceRevisionArn { get; init; }
}
