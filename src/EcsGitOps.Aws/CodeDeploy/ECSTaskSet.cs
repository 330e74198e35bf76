namespace EcsGitOps.Aws.CodeDeploy;

public sealed record ECSTaskSet
{
    public string? Identifer { get; init; }

    public long? DesiredCount { get; init; }

    public long? PendingCount { get; init; }

    public long? RunningCount { get; init; }

    public string? Status { get; init; }

    public double? TrafficWeight { get; init; }

    public TargetGroupInfo? TargetGroup { get; init; }

    public string? TaskSetLabel { get; init; }
}
