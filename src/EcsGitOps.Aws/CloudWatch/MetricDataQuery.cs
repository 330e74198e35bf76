namespace EcsGitOps.Aws.CloudWatch;

public sealed record MetricDataQuery
{
    public string? Id { get; init; }

    public MetricStat? MetricStat { get; init; }

    public string? Expression { get; init; }

    public string? Label { get; init; }

    public bool? ReturnData { get; init; }

    public int? Period { get; init; }

    public string? AccountId { get; init; }
}
