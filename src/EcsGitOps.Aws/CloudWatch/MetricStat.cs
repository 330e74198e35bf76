namespace EcsGitOps.Aws.CloudWatch;

public sealed record MetricStat
{
    public Metric? Metric { get; init; }

    public int? Period { get; init; }

    public string? Stat { get; init; }

    public string? Unit { get; init; }
}
