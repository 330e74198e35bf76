namespace EcsGitOps.Aws.Ecs;

public sealed record Scale
{
    public double? Value { get; init; }

    public string? Unit { get; init; }
}
