namespace EcsGitOps.Aws.CloudWatch;

public sealed record MetricDataResult
{
    public string? Id { get; init; }

    public string? Label { get; init; }

    public IReadOnlyList<DateTimeOffset>? Timestamps { get; init; }

    public IReadOnlyList<double>? Values { get; init; }

    public string? StatusCode { get; init; }

    public IReadOnlyList<MessageData>? Messages { get; init; }
}
