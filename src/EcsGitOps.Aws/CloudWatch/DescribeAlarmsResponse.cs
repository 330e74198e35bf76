namespace EcsGitOps.Aws.CloudWatch;

public sealed record DescribeAlarmsResponse
{
    public IReadOnlyList<CompositeAlarm>? CompositeAlarms { get; init; }

    public IReadOnlyList<MetricAlarm>? MetricAlarms { get; init; }

    public string? NextToken { get; init; }
}
