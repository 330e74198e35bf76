namespace EcsGitOps.Aws.Ecs;

public sealed record LinearConfiguration
{
    public double? StepPercent { get; init; }

    public int? StepBakeTimeInMinutes { get; init; }
}
