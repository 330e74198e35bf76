namespace EcsGitOps.Aws.CodeDeploy;

public sealed record LifecycleEvent
{
    public string? LifecycleEventName { get; init; }

    public Diagnostics? Diagnostics { get; init; }

    public DateTimeOffset? StartTime { get; init; }

    public DateTimeOffset? EndTime { get; init; }

    public string? Status { get; init; }
}
