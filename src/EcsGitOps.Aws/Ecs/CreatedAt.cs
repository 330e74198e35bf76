namespace EcsGitOps.Aws.Ecs;

public sealed record CreatedAt
{
    public DateTimeOffset? Before { get; init; }

    public DateTimeOffset? After { get; init; }
}
