namespace EcsGitOps.Aws.Ecs;

public sealed record CanaryConfiguration
{
    public double? CanaryPercent { get; init; }

    public int? CanaryBakeTimeInMinutes { get; init; }
}
