namespace EcsGitOps.Aws.CloudWatch;

public sealed record DescribeAlarmsRequest
{
    public IReadOnlyList<string>? AlarmNames { get; init; }

    public string? AlarmNamePrefix { get; init; }

    public IReadOnlyList<string>? AlarmTypes { get; init; }

    public string? ChildrenOfAlarmName { get; init; }

    public string? ParentsOfAlarmName { get; init; }

    public string? StateValue { get; init; }

    public string? ActionPrefix { get; init; }

    public int? MaxRecords { get; init; }

    public string? NextToken { get; init; }
}
