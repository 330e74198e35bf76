namespace EcsGitOps.Aws.Ecs;

public sealed record Failure
{
    public string? Arn { get; init; }

    public string? Reason { get; init; }

    public string? Detail { get; init; }
}
