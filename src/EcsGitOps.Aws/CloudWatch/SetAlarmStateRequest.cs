namespace EcsGitOps.Aws.CloudWatch;

public sealed record SetAlarmStateRequest
{
    public required string AlarmName { get; init; }

    public required string StateValue { get; init; }

    public required string StateReason { get; init; }

    public string? StateReasonData { get; init; }
}
