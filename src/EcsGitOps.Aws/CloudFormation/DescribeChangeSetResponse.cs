namespace EcsGitOps.Aws.CloudFormation;

public sealed record DescribeChangeSetResponse
{
    public string? ChangeSetName { get; init; }

    public string? ChangeSetId { get; init; }

    public string? StackId { get; init; }

    public string? StackName { get; init; }

    public string? Description { get; init; }

    public IReadOnlyList<Parameter>? Parameters { get; init; }

    public DateTimeOffset? CreationTime { get; init; }

    public string? ExecutionStatus { get; init; }

    public string? Status { get; init; }

    public string? StatusReason { get; init; }

    public IReadOnlyList<string>? Capabilities { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }

    public IReadOnlyList<Change>? Changes { get; init; }

    public string? NextToken { get; init; }
}
