namespace EcsGitOps.Aws.CloudWatch;

public sealed record GetMetricDataRequest
{
    public required IReadOnlyList<MetricDataQuery> MetricDataQueries { get; init; }

    public required DateTimeOffset StartTime { get; init; }

    public required DateTimeOffset EndTime { get; init; }

    public string? NextToken { get; init; }

    public string? ScanBy { get; init; }

    public int? MaxDatapoints { get; init; }

    public LabelOptions? LabelOptions { get; init; }
}
