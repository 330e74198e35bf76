namespace EcsGitOps.Aws.Ecs;

public sealed record ServiceEvent
{
    public string? Id { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public string? Message { get; init; }
}
