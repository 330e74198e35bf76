namespace EcsGitOps.Aws.CloudWatch;

public sealed record Metric
{
    public string? Namespace { get; init; }

    public string? MetricName { get; init; }

    public IReadOnlyList<Dimension>? Dimensions { get; init; }
}
