namespace EcsGitOps.Aws.CloudFormation;

public sealed record StackEvent
{
    public string? StackId { get; init; }

    public string? EventId { get; init; }

    public string? StackName { get; init; }

    public string? LogicalResourceId { get; init; }

    public string? PhysicalResourceId { get; init; }

    public string? ResourceType { get; init; }

    public DateTimeOffset? Timestamp { get; init; }

    public string? ResourceStatus { get; init; }

    public string? ResourceStatusReason { get; init; }

    public string? ClientRequestToken { get; init; }

    public string? DetailedStatus { get; init; }
}
