namespace EcsGitOps.Aws.CloudWatch;

public sealed record CompositeAlarm
{
    public string? AlarmArn { get; init; }

    public string? AlarmName { get; init; }

    public string? AlarmRule { get; init; }

    public string? StateReason { get; init; }

    public DateTimeOffset? StateUpdatedTimestamp { get; init; }

    public string? StateValue { get; init; }
}
